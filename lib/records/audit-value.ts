import { staffTime } from "@/lib/i18n/staff";

/**
 * A value of the audit log as a person reads it: lists and rows as short lines, long text cut at `limit` characters
 * (the page's entries stay short; the log's export, lib/records/audit-export.ts, keeps the whole text).
 */
export function auditValue(value: unknown, limit = 300): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (!value.length) return "—";
    return value
      .map((v) => (v && typeof v === "object" ? Object.values(v as Record<string, unknown>).filter((x) => x !== null && x !== "").join(", ") : String(v)))
      .join(" · ");
  }
  // A count per kind (a grouped failed sign-in's reasons): "wrong_password 5 · throttled 4".
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k.replace(/_/g, " ")} ${auditValue(v, limit)}`)
      .join(" · ");
  }
  const text = String(value);
  // A moment (a lock's end, a last attempt) in the office's time, as every other time on these pages.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text)) return staffTime(text);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
