import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { DelegationForm } from "@/app/(staff)/staff/delegations/delegation-form";
import { requireStaff } from "@/lib/auth/session";
import { getPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const generateMetadata = () => staffMetadata(() => staffText("Delegations")("newTitle"));

export default async function NewDelegationPage({ searchParams }: PageProps<"/staff/delegations/new">) {
  await requireStaff("editor", "/staff/delegations/new");
  const query = await searchParams;
  const partnership = lenientId.parse(query.partnership);
  const [chosen] = partnership ? await getPartnershipOptions({ ids: [partnership] }) : [];
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipIds",
    multiple: true,
    defaults: { direction: "incoming", partnershipIds: chosen ? [String(chosen.id)] : [] },
    action: "/staff/delegations/new",
  });
  const t = staffText("Delegations");
  return (
    <NewRecordPage back={chosen ? { href: `/staff/partnerships/${chosen.id}`, label: chosen.label } : { href: "/staff/delegations", label: t("title") }} title={t("newTitle")}>
      <DelegationForm mode="create" picker={picker} defaults={defaults} />
    </NewRecordPage>
  );
}
