import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { staffText } from "@/lib/i18n/staff";
import { buttonClass } from "@/components/ui/button";

export type Select = { name: string; label: string; value: string | number | undefined; options: { value: string; label: string }[]; any?: string };

/** A staff list's search and filters: a plain GET form, so the state is in the URL and works without JavaScript. */
export function ListFilters({
  path,
  q,
  searchLabel,
  selects,
  extra = [],
}: {
  path: string;
  /** The search box's text; without a search label there is no search box. */
  q: string | undefined;
  searchLabel: string;
  selects: Select[];
  /** Further text filters (a record id, a date). */
  extra?: { name: string; label: string; value: string | number | undefined; inputMode?: "numeric" | "text" }[];
}) {
  const t = staffText("Common");
  return (
    <form method="get" action={path} role="search" className="mt-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
      {searchLabel && (
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="f-q" className="text-sm text-slate-700">{searchLabel}</label>
          <input id="f-q" type="search" name="q" defaultValue={q ?? ""} className="rounded border border-slate-400 bg-white px-3 py-2" />
        </div>
      )}
      {selects.map((s) => (
        <FilterSelect key={s.name} name={s.name} label={s.label} any={s.any} value={s.value === undefined ? undefined : String(s.value)} options={s.options} />
      ))}
      {extra.map((e) => (
        <div key={e.name} className="flex flex-col gap-1">
          <label htmlFor={`f-${e.name}`} className="text-sm text-slate-700">{e.label}</label>
          <input id={`f-${e.name}`} name={e.name} inputMode={e.inputMode} defaultValue={e.value ?? ""} className="rounded border border-slate-400 bg-white px-3 py-2" />
        </div>
      ))}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass.primary}>{t("apply")}</button>
        <Link href={path} className="py-2 text-brand-700 underline">{t("clear")}</Link>
      </div>
    </form>
  );
}

/** A filter offering a fixed list of values ("any" when none is chosen). */
export function choiceSelect<V extends string>(
  name: string,
  label: string,
  value: string | number | undefined,
  values: readonly V[],
  labelOf: (value: V) => string,
): Select {
  return { name, label, any: staffText("Common")("any"), value, options: values.map((v) => ({ value: v, label: labelOf(v) })) };
}

/** The filters every content list has: publication state, archived records, and the sort order. */
export function commonSelects(
  query: { publication?: string | undefined; archived?: string | undefined; sort: string },
  sorts: { value: string; label: string }[],
): Select[] {
  const t = staffText("Common");
  return [
    { name: "publication", label: t("publication"), any: t("any"), value: query.publication, options: [{ value: "draft", label: t("draft") }, { value: "published", label: t("published") }] },
    { name: "archived", label: t("archivedFilter"), any: t("archivedHidden"), value: query.archived, options: [{ value: "only", label: t("archivedOnly") }, { value: "include", label: t("archivedInclude") }] },
    { name: "sort", label: t("sort"), value: query.sort, options: sorts },
  ];
}

export interface Column<T> {
  header: string;
  cell: (item: T) => React.ReactNode;
  className?: string;
}

/**
 * A list's export links, "Export: CSV · XLSX", beside its count: `<list>/export` with the list's query (its page left
 * out: an export has every row), answered by the list's route handler (lib/records/export.ts). Plain links with
 * `download`: the file comes as an attachment and the page stays.
 */
export function ExportLinks({ path, query }: { path: string; query: string }) {
  const t = staffText("Common");
  const href = (format: "csv" | "xlsx") => `${path}/export?format=${format}${query ? `&${query}` : ""}`;
  return (
    <p className="text-sm text-slate-700" title={t("exportHint")}>
      {t("export")}{" "}
      <a href={href("csv")} download aria-label={t("exportCsv")} className="text-brand-700 underline">CSV</a>
      {" · "}
      <a href={href("xlsx")} download aria-label={t("exportXlsx")} className="text-brand-700 underline">XLSX</a>
    </p>
  );
}

/** A list's count, with its export links beside it where it has them. */
export function ListCount({ text, exports }: { text: string; exports?: React.ReactNode }) {
  return (
    <div className="mt-6 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <p className="text-slate-700" role="status">{text}</p>
      {exports}
    </div>
  );
}

/** A staff list's table with its count (and export links), or a helpful empty state. */
export function DataTable<T extends { id: number }>({
  items,
  columns,
  total,
  caption,
  exports,
}: {
  items: T[];
  columns: Column<T>[];
  total: number;
  caption: string;
  exports?: React.ReactNode;
}) {
  const t = staffText("Common");
  return (
    <>
      <ListCount text={t("results", { count: total })} exports={exports} />
      {items.length === 0 ? (
        <div className="mt-4 rounded border border-dashed border-slate-300 p-6 text-slate-700">
          <p className="font-medium">{t("empty")}</p>
          <p className="mt-1 text-sm">{t("emptyHint")}</p>
        </div>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={`py-2 pr-4 font-medium ${c.className ?? ""}`}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 align-top">
                  {columns.map((c) => (
                    <td key={c.header} className={`py-2 pr-4 ${c.className ?? ""}`}>{c.cell(item)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The heading of a list page, with its "New …" button for those who may create. */
export function ListHeading({ title, intro, newHref, newLabel }: { title: string; intro?: string; newHref?: string | null; newLabel?: string }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
        {intro && <p className="mt-1 text-slate-700">{intro}</p>}
      </div>
      {newHref && newLabel && (
        <Link href={newHref} className={buttonClass.primary}>
          {newLabel}
        </Link>
      )}
    </div>
  );
}
