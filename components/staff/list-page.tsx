import type { z } from "zod";
import type { Page } from "@/lib/records/paging";
import { requireStaff } from "@/lib/auth/session";
import { canEditContent } from "@/lib/auth/roles";
import type { UserRole } from "@/db/schema";
import { staffText } from "@/lib/i18n/staff";
import { kinds, staffHref, type RecordKind } from "@/lib/kinds";
import { listHref, queryString, type SearchParams } from "@/lib/validation/lists";
import { Pagination } from "@/components/ui/pagination";
import { commonSelects, DataTable, ExportLinks, ListFilters, ListHeading, type Column, type Select } from "./list-controls";
import { Notice } from "./notice";
import { listedOffice, shared } from "@/lib/records/offices";
import { listOffices } from "@/lib/data/offices";
import { officeLabelOf } from "./offices";

/** What every record list's query has (lib/validation/lists.ts, listFilters), besides its own filters. */
interface ListQuery {
  q?: string | undefined;
  publication?: string | undefined;
  archived?: string | undefined;
  office?: "all" | undefined;
  sort: string;
  page: number;
}

/** What a kind's staff list shows, for any staff member: the list as its query string asks for it. */
export async function loadRecordList<Q extends ListQuery, T>(
  kind: RecordKind,
  searchParams: Promise<SearchParams>,
  schema: z.ZodType<Q, unknown>,
  list: (query: Q & { officePlaceId: number | null }) => Promise<Page<T>>,
) {
  const user = await requireStaff("viewer", staffHref(kind));
  const params = await searchParams;
  const query = schema.parse(params);
  const [result, office] = await Promise.all([list({ ...query, officePlaceId: listedOffice(query, user) }), officeSelect(kind, query, user)]);
  return { kind, user, notice: params.notice, query, result, office };
}

/**
 * The switch between "my office" (the default) and every office's records, for the staff of a city's office; none for
 * the top office's, whose office is every office, or for what every office keeps together (contacts).
 */
async function officeSelect(kind: RecordKind, query: { office?: "all" | undefined }, user: { officePlaceId: number | null }): Promise<Select | null> {
  if (user.officePlaceId === null || kinds[kind].office === shared) return null;
  const t = staffText("Common");
  const mine = officeLabelOf(await listOffices(), user.officePlaceId);
  return { name: "office", label: t("office"), any: mine, value: query.office, options: [{ value: "all", label: t("allOffices") }] };
}

/**
 * A kind's staff list: its heading (with "New …" for those who may), its search and filters, the table and the pages.
 * The words come from the kind's catalogue namespace: title, intro, new, searchLabel, and sort<Value> for each sort.
 */
export function RecordListPage<T extends { id: number }, Q extends ListQuery>({
  kind,
  user,
  notice,
  query,
  sorts,
  selects,
  result,
  columns,
  office = null,
}: {
  kind: RecordKind;
  user: { role: UserRole };
  notice: string | string[] | undefined;
  query: Q;
  /** The orders it offers; the first is the default, left out of links. */
  sorts: readonly [string, ...string[]];
  /** Its own filters, before the ones every list has. */
  selects: Select[];
  result: Page<T>;
  columns: Column<T>[];
  /** The "my office" switch (loadRecordList's), first among the filters. */
  office?: Select | null;
}) {
  const t = staffText(kinds[kind].messages) as (key: string) => string;
  const common = staffText("Common");
  const path = staffHref(kind);
  const { page: _page, q, publication, archived, sort, ...own } = query;
  const state = { q, ...own, publication, archived, sort: sort === sorts[0] ? undefined : sort } as Record<string, string | number | undefined>;
  const sortOptions = sorts.map((value) => ({ value, label: t(`sort${value[0]!.toUpperCase()}${value.slice(1)}`) }));
  return (
    <>
      <Notice notice={notice} />
      <ListHeading title={t("title")} intro={t("intro")} newHref={canEditContent(user) ? `${path}/new` : null} newLabel={t("new")} />
      <ListFilters path={path} q={q} searchLabel={t("searchLabel")} selects={[...(office ? [office] : []), ...selects, ...commonSelects(query, sortOptions)]} />
      <DataTable caption={t("title")} total={result.total} items={result.items} columns={columns} exports={<ExportLinks path={path} query={queryString(state)} />} />
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => listHref(path, { ...state, page })}
        labels={{ nav: common("pagination"), previous: common("previous"), next: common("next"), page: common("page", { page: result.page, pages: result.pages }) }}
      />
    </>
  );
}
