import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { OpenDataSummary } from "@/lib/data/open-data";
import { formatDateAt } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";
import { officeToday } from "@/lib/office-clock";
import { openDataLicence } from "@/lib/open-data/licence";
import { partnershipCsvColumns, type OpenDataFileName } from "@/lib/open-data/files";

export function dataMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, "Data", "/data");
}

/** Each file's words in the catalogue (its name has dots, which next-intl reads as nesting) and its format. */
const fileInfo: Record<OpenDataFileName, { key: string; format: string }> = {
  "partnerships.csv": { key: "partnershipsCsv", format: "CSV" },
  "partnerships.json": { key: "partnershipsJson", format: "JSON" },
  "places.geojson": { key: "placesGeojson", format: "GeoJSON" },
  "events.json": { key: "eventsJson", format: "JSON" },
  "agreements.json": { key: "agreementsJson", format: "JSON" },
};

/** The CSV's columns as the page explains them: latitude and longitude together. */
const columnRows = [...partnershipCsvColumns.filter((c) => c !== "latitude" && c !== "longitude"), "latitude_longitude"] as const;

/** Codes and technical names inside a sentence: Latin on a Chinese page too, and marked so (lang="en"). */
const markup = {
  code: (chunks: ReactNode) => (
    <code lang="en" className="rounded bg-slate-100 px-1 text-[0.9em]">
      {chunks}
    </code>
  ),
  en: (chunks: ReactNode) => <span lang="en">{chunks}</span>,
};

const heading = "mt-10 font-serif text-2xl font-semibold text-brand-800";

/**
 * The Data page (/data): the open data files (app/data/[file]/route.ts) with what each holds, how many records and when
 * it last changed, the licence, the columns of the CSV, and the JSON API. Dates are the office's (Beijing time).
 */
export async function DataView({ locale, files }: { locale: Locale; files: OpenDataSummary[] }) {
  const t = await getTranslations({ locale, namespace: "Data" });
  const licence =
    locale === "zh"
      ? { name: openDataLicence.nameZh, url: openDataLicence.urlZh, attribution: openDataLicence.attributionZh }
      : { name: openDataLicence.nameEn, url: openDataLicence.urlEn, attribution: openDataLicence.attributionEn };
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("intro")}</p>

      <h2 className={heading}>{t("licenceHeading")}</h2>
      <p className="mt-4 text-slate-700">
        {t.rich("licence", {
          name: licence.name,
          attribution: licence.attribution,
          link: (chunks) => (
            <a href={licence.url} rel="license" className="text-brand-700 underline">
              {chunks}
            </a>
          ),
        })}
      </p>

      <h2 className={heading}>{t("filesHeading")}</h2>
      <ul className="mt-4 space-y-4">
        {files.map((file) => {
          const { key, format } = fileInfo[file.name];
          const path = `/data/${file.name}`;
          const changed = file.lastModified ? officeToday(new Date(file.lastModified)) : null;
          return (
            <li key={file.name} className="rounded-lg border border-slate-200 p-4">
              <h3 className="text-lg font-semibold text-slate-900">{t(`files.${key}.title`)}</h3>
              <p className="mt-1">
                <a href={path} download className="break-all font-medium text-brand-700 underline">
                  <code lang="en">{path}</code>
                </a>
              </p>
              <p className="mt-2 text-slate-700">{t.rich(`files.${key}.description`, markup)}</p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("format")}</dt>
                <dd lang="en" className="text-slate-900">{format}</dd>
                <dt className="text-slate-600">{t("records")}</dt>
                <dd className="text-slate-900">
                  {t(`files.${key}.records`, { count: file.records })}
                  {file.unlocated ? <span className="block text-slate-600">{t("files.placesGeojson.unlocated", { count: file.unlocated })}</span> : null}
                </dd>
                <dt className="text-slate-600">{t("lastChanged")}</dt>
                <dd className="text-slate-900">
                  {changed && file.lastModified ? <time dateTime={file.lastModified}>{formatDateAt(locale, changed, "day")}</time> : t("never")}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>

      <h2 className={heading}>{t("columnsHeading")}</h2>
      <p className="mt-4 text-slate-700">{t("columnsNote")}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold text-slate-900">{t("column")}</th>
              <th scope="col" className="py-2 font-semibold text-slate-900">{t("meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {columnRows.map((column) => (
              <tr key={column} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <code lang="en" className="text-slate-900 sm:whitespace-nowrap">{column === "latitude_longitude" ? "latitude, longitude" : column}</code>
                </th>
                <td className="py-2 text-slate-700">{t.rich(`columns.${column}`, markup)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className={heading}>{t("apiHeading")}</h2>
      <p className="mt-4 text-slate-700">{t("api")}</p>
      <dl className="mt-4 space-y-3">
        <div>
          <dt>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the JSON API's route, not a page: a plain load, no client navigation */}
            <a href="/api/v1/partnerships" className="font-medium text-brand-700 underline">
              <code lang="en">/api/v1/partnerships</code>
            </a>
          </dt>
          <dd className="mt-1 text-slate-700">{t.rich("apiPartnerships", markup)}</dd>
        </div>
        <div>
          <dt>
            <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
              <code lang="en">/api/v1/openapi.json</code>
            </a>
          </dt>
          <dd className="mt-1 text-slate-700">{t.rich("apiDescription", markup)}</dd>
        </div>
      </dl>
    </main>
  );
}
