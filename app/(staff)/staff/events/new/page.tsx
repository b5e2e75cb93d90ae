import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { EventForm } from "@/app/(staff)/staff/events/event-form";
import { timeZoneChoices } from "@/lib/time-zones";
import { requireStaff } from "@/lib/auth/session";
import { getPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";
import { officeTimeZone } from "@/lib/office-clock";

export const generateMetadata = () => staffMetadata(() => staffText("Events")("newTitle"));

export default async function NewEventPage({ searchParams }: PageProps<"/staff/events/new">) {
  await requireStaff("editor", "/staff/events/new");
  const query = await searchParams;
  const partnership = lenientId.parse(query.partnership);
  const [chosen] = partnership ? await getPartnershipOptions({ ids: [partnership] }) : [];
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipIds",
    multiple: true,
    defaults: { kind: "conference", timeZone: officeTimeZone, partnershipIds: chosen ? [String(chosen.id)] : [] },
    action: "/staff/events/new",
  });
  const t = staffText("Events");
  return (
    <NewRecordPage back={chosen ? { href: `/staff/partnerships/${chosen.id}`, label: chosen.label } : { href: "/staff/events", label: t("title") }} title={t("newTitle")}>
      <EventForm mode="create" picker={picker} timeZones={timeZoneChoices} defaults={defaults} />
    </NewRecordPage>
  );
}
