import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { choiceSelect } from "@/components/staff/list-controls";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { listEvents } from "@/lib/kinds/event/staff";
import { eventKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { eventListSchema } from "@/lib/kinds/event/validation";

export const generateMetadata = () => staffMetadata(() => staffText("Events")("title"));

export default async function EventsPage({ searchParams }: PageProps<"/staff/events">) {
  const list = await loadRecordList("event", searchParams, eventListSchema, listEvents);
  const { query } = list;
  const t = staffText("Events");
  const enums = staffText("Enums");
  return (
    <RecordListPage
      {...list}
      sorts={["starts", "title", "updated"]}
      selects={[choiceSelect("kind", t("fields.kind"), query.kind, eventKinds, (k) => enums(`eventKinds.${k}`))]}
      columns={[
        { header: t("colTitle"), cell: (e) => <Link href={`/staff/events/${e.id}`} className="font-medium text-brand-700 underline">{e.title}</Link> },
        { header: t("colKind"), cell: (e) => enums(`eventKinds.${e.kind}`) },
        { header: t("colStarts"), cell: (e) => dateAt(e.startsOn, e.datePrecision), className: "tabular-nums" },
        { header: t("colPartnerships"), cell: (e) => e.partnerships, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (e) => <PublicationBadge publication={e.publication} archived={e.archived} /> },
      ]}
    />
  );
}
