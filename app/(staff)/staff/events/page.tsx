import type { Metadata } from "next";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { ListFilters, commonSelects } from "@/components/staff/list-controls";
import { ListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listEvents } from "@/lib/kinds/event/staff";
import { eventKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { eventListSchema } from "@/lib/kinds/event/validation";
import { listHref } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Events", robots: { index: false } };

export default async function EventsPage({ searchParams }: PageProps<"/staff/events">) {
  const user = await requireStaff("viewer", "/staff/events");
  const params = await searchParams;
  const query = eventListSchema.parse(params);
  const result = await listEvents(query);
  const t = staffText("Events");
  const common = staffText("Common");
  const enums = staffText("Enums");
  const state = { q: query.q, kind: query.kind, year: query.year, partnership: query.partnership, publication: query.publication, archived: query.archived, sort: query.sort === "starts" ? undefined : query.sort };
  return (
    <ListPage
      notice={params.notice}
      title={t("title")}
      intro={t("intro")}
      newHref={canEditContent(user) ? "/staff/events/new" : null}
      newLabel={t("new")}
      filters={
        <ListFilters
          path="/staff/events"
          q={query.q}
          searchLabel={t("searchLabel")}
          selects={[
            { name: "kind", label: t("fields.kind"), any: common("any"), value: query.kind, options: eventKinds.map((k) => ({ value: k, label: enums(`eventKinds.${k}`) })) },
            ...commonSelects(query, [
              { value: "starts", label: t("sortStarts") },
              { value: "title", label: t("sortTitle") },
              { value: "updated", label: t("sortUpdated") },
            ]),
          ]}
        />
      }
      result={result}
      columns={[
        { header: t("colTitle"), cell: (e) => <Link href={`/staff/events/${e.id}`} className="font-medium text-brand-700 underline">{e.titleEn}</Link> },
        { header: t("colKind"), cell: (e) => enums(`eventKinds.${e.kind}`) },
        { header: t("colStarts"), cell: (e) => dateAt(e.startsOn, e.datePrecision), className: "tabular-nums" },
        { header: t("colPartnerships"), cell: (e) => e.partnerships, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (e) => <PublicationBadge publication={e.publication} archived={e.archived} /> },
      ]}
      hrefFor={(page) => listHref("/staff/events", { ...state, page })}
    />
  );
}
