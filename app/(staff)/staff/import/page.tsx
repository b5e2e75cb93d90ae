import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { ListHeading } from "@/components/staff/list-controls";
import { ImportUploadForm } from "@/components/staff/import-forms";
import { requireStaff } from "@/lib/auth/session";
import { partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { optionalColumns, requiredColumns } from "@/lib/import/rows";

export const generateMetadata = () => staffMetadata(() => staffText("Import")("title"));

const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800";

export default async function ImportPage() {
  await requireStaff("editor", "/staff/import");
  const t = staffText("Import");
  const columnList = (columns: readonly string[]) => (
    <ul className="mt-1 flex flex-wrap gap-x-2 gap-y-1">
      {columns.map((c) => (
        <li key={c}>
          <code className={code}>{c}</code>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <ListHeading title={t("title")} intro={t("intro")} />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ImportUploadForm />
        <section aria-labelledby="import-columns" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800">
          <h2 id="import-columns" className="text-base font-semibold text-brand-800">{t("columnsTitle")}</h2>
          <p className="mt-1">{t("columnsIntro")}</p>
          <h3 className="mt-3 font-medium">{t("required")}</h3>
          {columnList(requiredColumns)}
          <h3 className="mt-3 font-medium">{t("optional")}</h3>
          {columnList(optionalColumns)}
          <p className="mt-3">{t("columnsNote", { types: partnershipTypes.join(", "), statuses: partnershipStatuses.join(", ") })}</p>
          <p className="mt-3">
            {t.rich("example", { link: (chunks) => <a href="/data/partnerships.csv" className="text-brand-700 underline">{chunks}</a> })}
          </p>
          <p className="mt-3">{t("encodings")}</p>
        </section>
      </div>
    </>
  );
}
