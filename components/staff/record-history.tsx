import type { AuditEntry } from "@/lib/records/audit";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { auditValue } from "@/lib/records/audit-value";

/** The changed fields of one audit entry: before and after, side by side. */
export function AuditChanges({ entry, labels }: { entry: AuditEntry; labels: Record<string, string> }) {
  const t = staffText("Common");
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  if (!keys.length) return null;
  const onlyAfter = !entry.before;
  const onlyBefore = !entry.after;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t("field")}</th>
            {!onlyAfter && <th scope="col" className="py-1 pr-3 font-medium">{t("before")}</th>}
            {!onlyBefore && <th scope="col" className="py-1 font-medium">{t("after")}</th>}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1 pr-3 font-normal text-slate-700">{labels[key] ?? key}</th>
              {!onlyAfter && <td className="py-1 pr-3 [overflow-wrap:anywhere]">{auditValue(entry.before?.[key])}</td>}
              {!onlyBefore && <td className="py-1 [overflow-wrap:anywhere]">{auditValue(entry.after?.[key])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A record's history from the audit log: who did what, when, and which fields changed. */
export function RecordHistory({ entries, labels }: { entries: AuditEntry[]; labels: Record<string, string> }) {
  const t = staffText("Common");
  const actions = staffText("Enums");
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-lg font-semibold text-slate-800">{t("history")}</h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("historyEmpty")}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded border border-slate-200 p-3">
              <p className="text-sm">
                <strong>{actions(`auditActions.${entry.action}`)}</strong>{" "}
                {t("by", { name: entry.actorName ?? entry.actorEmail ?? t("system") })} · {staffTime(entry.at)}
              </p>
              <AuditChanges entry={entry} labels={labels} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
