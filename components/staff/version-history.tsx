import Link from "next/link";
import { staffHref, type RecordKind } from "@/lib/kinds";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { sameValues, type RecordVersions, type VersionEntry } from "@/lib/records/history";
import { historyNoticeOf } from "@/lib/records/history-notice";
import { changeWords, type KindWords, type State } from "@/lib/records/history-words";

/** What a restore of a version did (?notice=versionRestored or versionUnchanged); other notices are Notice's. */
export function HistoryNotice({ notice }: { notice: string | string[] | undefined }) {
  const value = historyNoticeOf(notice);
  if (!value) return null;
  return (
    <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      {staffText("History")(value)}
    </p>
  );
}

/** One entry's changes in the kind's words: before and after side by side (after alone for a creation). */
function EntryChanges({ entry, words }: { entry: VersionEntry; words: KindWords }) {
  const t = staffText("Common");
  const lines = changeWords(entry, entry.states ?? { before: null, after: null }, words);
  if (!lines.length) return null;
  const onlyAfter = lines.every((l) => l.before === null);
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[28rem] table-fixed text-left text-sm">
        <colgroup>
          <col className="w-1/5" />
        </colgroup>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t("field")}</th>
            {!onlyAfter && <th scope="col" className="py-1 pr-3 font-medium">{t("before")}</th>}
            <th scope="col" className="py-1 font-medium">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.field} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1 pr-3 font-normal text-slate-700">{line.label}</th>
              {!onlyAfter && <td className="py-1 pr-3 whitespace-pre-line [overflow-wrap:anywhere]">{clip(line.before)}</td>}
              <td className="py-1 whitespace-pre-line [overflow-wrap:anywhere]">{clip(line.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The history's entries stay short: the comparison of versions shows whole texts. */
const clip = (text: string | null, limit = 300) => (text && text.length > limit ? `${text.slice(0, limit)}…` : text);

/** Which version an entry restored, in words, from its audit entry's `restoredFrom`. */
function restoredFrom(entry: VersionEntry): string | null {
  const note = entry.after?.restoredFrom as { at?: unknown; before?: unknown } | undefined;
  if (!note || typeof note.at !== "string") return null;
  return staffText("History")(note.before ? "restoredFromBefore" : "restoredFrom", { time: staffTime(note.at) });
}

/** The record's page comparing a version with the current one: the version entry `auditId` made, or (`before`) the one it changed. */
export function versionHref(kind: RecordKind, id: number, auditId: number, before = false): string {
  return `${staffHref(kind, id)}?compare=${before ? "before-" : ""}${auditId}#compare`;
}

/** The version before the oldest entry listed: known only by undoing that entry, and comparable and restorable as any other. */
function EarliestVersion({ kind, id, entry, current }: { kind: RecordKind; id: number; entry: VersionEntry; current: State }) {
  const h = staffText("History");
  const time = staffTime(entry.at);
  return (
    <li className="rounded border border-dashed border-slate-300 p-3 text-sm">
      <p>{h("earliest", { time })}</p>
      <p className="mt-2">
        {sameValues(entry.states!.before!, current) ? (
          <span className="text-slate-600">{h("isCurrent")}</span>
        ) : (
          <Link href={versionHref(kind, id, entry.id, true)} aria-label={h("compareEarliestLabel", { time })} className="text-brand-700 underline">
            {h("compare")}
          </Link>
        )}
      </p>
    </li>
  );
}

/**
 * A record's history from the audit log, in the kind's words: who did what and when, what each change changed, and
 * for each version of its values a way to compare it with the current one (and restore it).
 */
export function VersionHistory({ kind, id, versions }: { kind: RecordKind; id: number; versions: RecordVersions }) {
  const t = staffText("Common");
  const h = staffText("History");
  const actions = staffText("Enums");
  const { entries, words } = versions;
  // A record no listed entry created (seeded, imported, or with a longer history): its version before the oldest entry.
  const oldest = entries.at(-1);
  const earliest = oldest && oldest.action !== "create" && oldest.states?.before ? oldest : null;
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-lg font-semibold text-slate-800">{t("history")}</h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("historyEmpty")}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((entry) => {
            const restored = restoredFrom(entry);
            const time = staffTime(entry.at);
            return (
              <li key={entry.id} className="rounded border border-slate-200 p-3">
                <p className="text-sm">
                  <strong>{actions(`auditActions.${entry.action as "update"}`)}</strong>{" "}
                  {t("by", { name: entry.actorName ?? entry.actorEmail ?? t("system") })} · {time}
                </p>
                {restored && <p className="mt-1 text-sm font-medium text-slate-800">{restored}</p>}
                <EntryChanges entry={entry} words={words} />
                {entry.version && (
                  <p className="mt-2 text-sm">
                    {entry.current ? (
                      <span className="text-slate-600">{h("isCurrent")}</span>
                    ) : (
                      <Link href={versionHref(kind, id, entry.id)} aria-label={h("compareLabel", { time })} className="text-brand-700 underline">
                        {h("compare")}
                      </Link>
                    )}
                  </p>
                )}
              </li>
            );
          })}
          {earliest && <EarliestVersion kind={kind} id={id} entry={earliest} current={versions.current} />}
        </ol>
      )}
    </section>
  );
}
