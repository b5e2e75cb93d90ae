/**
 * What a restore of a version did, said on the record's page (?notice=, as every staff change says it). Its words are
 * the "History" catalogue's, beside the versions they speak of; components/staff/version-history.tsx shows them.
 */
export const historyNotices = ["versionRestored", "versionUnchanged"] as const;
export type HistoryNotice = (typeof historyNotices)[number];

export function historyNoticeHref(path: string, notice: HistoryNotice): string {
  return `${path}?notice=${notice}`;
}

export function historyNoticeOf(notice: string | string[] | undefined): HistoryNotice | null {
  const value = Array.isArray(notice) ? notice[0] : notice;
  return (historyNotices as readonly string[]).includes(value ?? "") ? (value as HistoryNotice) : null;
}
