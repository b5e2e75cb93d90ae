import type { Page } from "@/lib/records/paging";
import { staffText } from "@/lib/i18n/staff";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, ListHeading, type Column } from "./list-controls";
import { Notice } from "./notice";

/** A staff list: its heading (with "New …" for those who may), its filters, the table and the pages. */
export function ListPage<T extends { id: number }>({
  notice,
  title,
  intro,
  newHref,
  newLabel,
  filters,
  result,
  columns,
  hrefFor,
}: {
  notice: string | string[] | undefined;
  title: string;
  intro: string;
  newHref: string | null;
  newLabel: string;
  filters: React.ReactNode;
  result: Page<T>;
  columns: Column<T>[];
  hrefFor: (page: number) => string;
}) {
  const common = staffText("Common");
  return (
    <>
      <Notice notice={notice} />
      <ListHeading title={title} intro={intro} newHref={newHref} newLabel={newLabel} />
      {filters}
      <DataTable caption={title} total={result.total} items={result.items} columns={columns} />
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={hrefFor}
        labels={{ nav: common("pagination"), previous: common("previous"), next: common("next"), page: common("page", { page: result.page, pages: result.pages }) }}
      />
    </>
  );
}
