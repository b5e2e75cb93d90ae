import Link from "next/link";
import { staffHref, type RecordKind } from "@/lib/kinds";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { readRecordVersion } from "@/lib/records/history";
import { compareWords } from "@/lib/records/history-words";
import type { RecordMeta } from "@/lib/records/meta";
import { idField } from "@/lib/validation/fields";
import { RestoreVersionForm } from "./restore-version-form";

/**
 * One version of a record beside the current one (the record page's ?compare=<audit entry id>): every field in the
 * kind's words, those that differ marked in words as well as colour, and for editors "Restore this version".
 */
export async function VersionCompare({ kind, meta, compare, canEdit }: { kind: RecordKind; meta: RecordMeta; compare: string | string[]; canEdit: boolean }) {
  const t = staffText("History");
  // "12": the version entry 12 made; "before-12": the one it changed (see versionHref in ./version-history.tsx).
  const [, prefix, raw] = /^(before-)?(.*)$/s.exec((Array.isArray(compare) ? compare[0] : compare) ?? "") ?? [];
  const before = !!prefix;
  const auditId = idField.safeParse(raw);
  const found = auditId.success ? await readRecordVersion({ kind, id: meta.id, auditId: auditId.data, before }) : null;
  const close = (
    <Link href={staffHref(kind, meta.id)} className="text-brand-700 underline">
      {t("compareClose")}
    </Link>
  );
  if (!found) {
    return (
      <section id="compare" aria-labelledby="compare-title" className="mb-8 rounded-lg border border-slate-300 p-4">
        <h2 id="compare-title" className="text-lg font-semibold text-slate-800">{t("compare")}</h2>
        <p className="mt-2">{t("compareMissing")}</p>
        <p className="mt-2 text-sm">{close}</p>
      </section>
    );
  }
  const { entry, state, current, words } = found;
  const time = staffTime(entry.at);
  const title = t(before ? "compareTitleBefore" : "compareTitle", { time });
  const lines = compareWords(state, current, words);
  const changed = lines.filter((l) => l.changed).length;
  return (
    <section id="compare" aria-labelledby="compare-title" className="mb-8 rounded-lg border border-slate-300 p-4">
      <h2 id="compare-title" className="text-lg font-semibold text-slate-800">{title}</h2>
      <p className="mt-1 text-sm text-slate-700">{t(before ? "compareIntroBefore" : "compareIntro", { name: entry.actorName ?? entry.actorEmail ?? staffText("Common")("system"), time })}</p>
      <p className="mt-2 font-medium">{t("compareCount", { count: changed })}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[36rem] table-fixed text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <colgroup>
            <col className="w-1/4" />
          </colgroup>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{t("compareField")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("compareThen")}</th>
              <th scope="col" className="py-1 font-medium">{t("compareNow")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.field} className={`border-t border-slate-100 align-top ${line.changed ? "bg-amber-50" : ""}`}>
                <th scope="row" className="py-1.5 pr-3 font-normal text-slate-700">
                  {line.label}
                  {line.changed && (
                    <span className="ml-2 inline-block rounded border border-amber-400 bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                      {t("compareChanged")}
                    </span>
                  )}
                </th>
                <td className="py-1.5 pr-3 whitespace-pre-line [overflow-wrap:anywhere]">{line.then}</td>
                <td className="py-1.5 whitespace-pre-line [overflow-wrap:anywhere]">{line.now}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && changed > 0 &&
        (meta.archivedAt ? (
          <p className="mt-4 text-sm text-slate-700">{t("restoreArchived")}</p>
        ) : (
          <RestoreVersionForm kind={kind} id={meta.id} version={meta.version} auditId={entry.id} before={before} currentHref={staffHref(kind, meta.id)} />
        ))}
      <p className="mt-4 text-sm">{close}</p>
    </section>
  );
}
