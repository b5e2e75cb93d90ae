import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { notFound } from "next/navigation";
import { EventForm } from "@/app/(staff)/staff/events/event-form";
import { timeZoneChoices } from "@/lib/time-zones";
import { AttachmentsSection } from "@/components/staff/attachments";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { getEvent } from "@/lib/kinds/event/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { eventFormValues } from "@/lib/kinds/event/definition";
import { routeId } from "@/lib/validation/lists";
import { staffPick } from "@/lib/records/staff-names";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.event"));

export default async function EventPage({ params, searchParams }: PageProps<"/staff/events/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/events/${raw}`);
  const id = routeId(raw);
  const event = id ? await getEvent({ id }) : null;
  if (!id || !event) notFound();
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "event", id);
  const query = await searchParams;
  const current = { ...eventFormValues(event.fields), id: String(id), version: String(event.meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "event", id });
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipIds",
    multiple: true,
    defaults: shownValues(current, proposal),
    action: `/staff/events/${id}`,
  });
  const { meta } = event;
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={query.notice}
      compare={query.compare}
      kind="event"
      title={staffPick(event.fields.titleEn, event.fields.titleZh)}
      meta={meta}
      publicHref={meta.publication === "published" ? `/en/events/${event.fields.slug}` : null}
      notPublicReason={staffText("Events")("notPublicDraft")}
      canEdit={canEdit}
    >
      <EventForm
        mode="edit"
        picker={picker}
        timeZones={timeZoneChoices}
        readOnly={!canEdit || !!meta.archivedAt}
        defaults={defaults}
      />
      <AttachmentsSection owner={{ kind: "event", id }} user={user} canEdit={canEdit && !meta.archivedAt} />
    </RecordPage>
  );
}
