import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportApplyForm } from "@/components/staff/import-forms";
import { classLabel, classStyles, ImportResult, ImportRowsTable } from "@/components/staff/import-preview";
import { Notice } from "@/components/staff/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { hasChanges } from "@/lib/import/report";
import { getImportUpload, previewImport } from "@/lib/kinds/partnership/staff-import";
import { pageCount } from "@/lib/records/paging";
import { importPreviewPageSize, importPreviewSchema, importRowClasses } from "@/lib/validation/import";
import { listHref } from "@/lib/validation/lists";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.import"));

const megabytes = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/**
 * An uploaded file: before it is applied, the preview of every row (as drafts or as published, which changes what
 * counts as a change) with the form that applies it; afterwards, what the import did.
 */
export default async function ImportUploadPage({ params, searchParams }: PageProps<"/staff/import/[id]">) {
  const user = await requireStaff("editor", "/staff/import");
  const { id } = await params;
  const asked = importPreviewSchema.parse(await searchParams);
  // Publishing an import's records goes without review: an administrator's choice only.
  const mayPublish = hasRole(user, "admin");
  const query = { ...asked, publish: asked.publish && mayPublish };
  const upload = await getImportUpload({ id }, user);
  if (!upload) notFound();
  const t = staffText("Import");
  const back = (
    <p className="text-sm">
      <Link href="/staff/import" className="text-brand-700 underline">
        {t("title")}
      </Link>
    </p>
  );

  if (upload.applied) {
    const { report } = upload.applied;
    const draftsCreated = !report.publish && report.counts.new > 0;
    return (
      <>
        {back}
        <h1 className="mb-4 mt-3 text-2xl font-semibold text-brand-800">{t("appliedTitle", { file: upload.fileName })}</h1>
        <Notice notice={query.notice} />
        <p className="text-slate-700">
          {t("appliedBy", {
            name: upload.applied.byName ?? staffText("Common")("system"),
            time: staffTime(upload.applied.at),
            mode: report.publish ? t("modeLowerPublished") : t("modeLowerDrafts"),
          })}
        </p>
        <ImportResult report={report} />
        <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={draftsCreated ? "/staff/partnerships?publication=draft&sort=updated" : "/staff/partnerships?sort=updated"} className="text-brand-700 underline">
            {draftsCreated ? t("seeDrafts") : t("seeList")}
          </Link>
          <Link href="/staff/import" className="text-brand-700 underline">
            {t("another")}
          </Link>
        </p>
      </>
    );
  }

  const report = await previewImport(upload.file, user, { publish: query.publish });
  const path = `/staff/import/${upload.id}`;
  const state = { publish: query.publish ? "1" : undefined, show: query.show };
  const lines = query.show ? report.lines.filter((l) => l.class === query.show) : report.lines;
  const pages = pageCount(lines.length, importPreviewPageSize);
  const page = Math.min(query.page, pages);
  const shown = lines.slice((page - 1) * importPreviewPageSize, page * importPreviewPageSize);
  const format =
    report.format === "xlsx"
      ? t("formatXlsx")
      : t("formatCsv", {
          encoding: report.encoding ?? "UTF-8",
          delimiter: t(report.delimiter === ";" ? "delimiterSemicolon" : report.delimiter === "\t" ? "delimiterTab" : "delimiterComma"),
        });
  const tab = "rounded px-3 py-1.5 text-sm underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:ring-2 aria-[current=page]:ring-brand-600";
  const common = staffText("Common");

  return (
    <>
      {back}
      <h1 className="mt-3 text-2xl font-semibold text-brand-800">{t("previewTitle", { file: upload.fileName })}</h1>
      <p className="mt-1 text-slate-700">{t("uploaded", { size: megabytes(upload.size), format, name: upload.uploadedByName, time: staffTime(upload.uploadedAt) })}</p>
      {query.changed && (
        <p role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
          {t("changedSincePreview")}
        </p>
      )}
      <p className="mt-4 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950">{t("previewOnly")}</p>

      {mayPublish && (
      <section aria-labelledby="import-mode" className="mt-6">
        <h2 id="import-mode" className="text-sm font-medium text-slate-800">
          {t("mode")}
        </h2>
        <ul className="mt-1 flex gap-2">
          {([false, true] as const).map((publish) => (
            <li key={String(publish)}>
              <Link
                href={listHref(path, { publish: publish ? "1" : undefined, show: query.show })}
                aria-current={publish === query.publish ? "page" : undefined}
                className={`${tab} block border border-slate-300 no-underline aria-[current=page]:bg-brand-50`}
              >
                {publish ? t("modePublished") : t("modeDrafts")}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm text-slate-700">{query.publish ? t("modePublishedHint") : t("modeDraftsHint")}</p>
      </section>
      )}
      {!mayPublish && <p className="mt-6 text-sm text-slate-700">{t("modeDraftsHint")}</p>}

      <section aria-labelledby="import-apply" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 id="import-apply" className="text-lg font-semibold text-brand-800">
          {t("applyTitle")}
        </h2>
        {hasChanges(report) ? (
          <ImportApplyForm
            id={upload.id}
            publish={query.publish}
            expectedPlan={report.planDigest}
            refused={report.counts.refused}
            summary={t("applySummary", { new: report.counts.new, changed: report.counts.changed, mode: query.publish ? t("modeLowerPublished") : t("modeLowerDrafts") })}
          />
        ) : (
          <p className="mt-1">{t("nothingToApply")}</p>
        )}
      </section>

      {report.newPlaces.length > 0 && (
        <section aria-labelledby="import-places" className="mt-6">
          <h2 id="import-places" className="text-lg font-semibold text-brand-800">
            {t("newPlacesTitle", { count: report.newPlaces.length })}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("newPlacesIntro")}</p>
          <details className="mt-2 text-sm" open={report.newPlaces.length <= 10}>
            <summary className="cursor-pointer text-brand-700">{t("newPlacesTitle", { count: report.newPlaces.length })}</summary>
            <ul className="mt-1 columns-1 gap-6 sm:columns-2">
              {report.newPlaces.slice(0, 500).map((p) => (
                <li key={`${p.countryCode}:${p.nameEn}:${p.regionEn}`}>
                  {t("newPlaceLine", {
                    name: p.nameEn,
                    region: p.regionEn ? `, ${p.regionEn}` : "",
                    country: p.countryCode,
                    kind: staffText("Enums")(`placeKinds.${p.kind as "city"}`),
                    lines: p.lines.join(", "),
                  })}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}

      <section aria-labelledby="import-rows" className="mt-6">
        <h2 id="import-rows" className="text-lg font-semibold text-brand-800">
          {t("counts")}
        </h2>
        <nav aria-label={t("counts")}>
          <ul className="mt-2 flex flex-wrap gap-2">
            <li>
              <Link href={listHref(path, { ...state, show: undefined })} aria-current={query.show ? undefined : "page"} className={`${tab} block border border-slate-300`}>
                {t("allRows", { count: report.rows })}
              </Link>
            </li>
            {importRowClasses.map((c) => (
              <li key={c}>
                <Link href={listHref(path, { ...state, show: c })} aria-current={query.show === c ? "page" : undefined} className={`${tab} block ${classStyles[c]}`}>
                  {t("classCount", { label: classLabel(c), count: report.counts[c] })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ImportRowsTable
          report={report}
          lines={shown}
          caption={t("tableCaption", { file: upload.fileName, shown: query.show ? classLabel(query.show) : t("allRows", { count: report.rows }) })}
        />
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(p) => listHref(path, { ...state, page: p })}
          labels={{ nav: t("previewPages"), previous: common("previous"), next: common("next"), page: common("page", { page, pages }) }}
        />
      </section>
    </>
  );
}
