import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/staff/event-form";
import { Notice } from "@/components/staff/notice";
import { RecordHeader } from "@/components/staff/record-header";
import { RecordActions } from "@/components/staff/record-actions";
import { RecordHistory } from "@/components/staff/record-history";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listRecordHistory } from "@/lib/data/audit";
import { getEvent } from "@/lib/data/events";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { eventFormValues } from "@/lib/validation/events";
import { routeId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Event", robots: { index: false } };

export default async function EventPage({ params, searchParams }: PageProps<"/staff/events/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/events/${raw}`);
  const id = routeId(raw);
  const event = id ? await getEvent({ id }) : null;
  if (!id || !event) notFound();
  const [history, partnerships] = await Promise.all([listRecordHistory({ entityType: "event", entityId: id }), listPartnershipOptions()]);
  const t = staffText("Events");
  const canEdit = canEditContent(user);
  const { meta } = event;
  const archived = !!meta.archivedAt;
  return (
    <>
      <Notice notice={(await searchParams).notice} />
      <RecordHeader
        kindLabel={staffText("Enums")("entityTypes.event")}
        title={event.fields.titleEn}
        meta={meta}
        back={{ href: "/staff/events", label: t("title") }}
        publicHref={meta.publication === "published" ? `/en/events/${event.fields.slug}` : null}
        notPublicReason={t("notPublicDraft")}
      />
      {canEdit && <RecordActions kind="event" id={id} version={meta.version} publication={meta.publication} archived={archived} deletable={meta.publication === "draft"} />}
      {!canEdit && <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">{staffText("Common")("readOnly")}</p>}
      <EventForm
        mode="edit"
        partnerships={partnerships}
        readOnly={!canEdit || archived}
        defaults={{ ...eventFormValues(event.fields), id: String(id), version: String(meta.version) }}
      />
      <RecordHistory entries={history} labels={staffMessages.Events.fields} />
    </>
  );
}
