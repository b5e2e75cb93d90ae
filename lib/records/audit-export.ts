import "server-only";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { kindDefinitions } from "@/lib/kinds";
import { auditListSchema, type auditEntityTypes } from "@/lib/validation/audit";
import { listAudit, type AuditEntry } from "./audit";
import { auditValue } from "./audit-value";
import { defineExport, everyRow, exportTime } from "./export";

/**
 * The field labels of a kind of record or of staff accounts, in this request's staff language, for an entry's
 * changes (the audit page's too).
 */
export function auditFieldLabels(entityType: string): Record<string, string> {
  if (entityType === "user") return staffMessages.Users.fields;
  const kind = kindDefinitions.find((k) => k.name === entityType);
  return kind ? staffMessages[kind.messages].fields : {};
}

const t = staffText("Audit");
const enums = staffText("Enums");

/** A value whole: a spreadsheet cell holds 32,767 characters, and an export is read for what the page cuts short. */
const whole = (value: unknown) => auditValue(value, 32_000);

/** An entry's changes as lines of text: "Stage: talks → active", or the one side an entry has. */
function changes(entry: AuditEntry): string {
  const labels: Record<string, string> = auditFieldLabels(entry.entityType);
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return keys
    .map((key) => {
      const label = labels[key] ?? key;
      if (!entry.before) return `${label}: ${whole(entry.after?.[key])}`;
      if (!entry.after) return `${label}: ${whole(entry.before[key])}`;
      return `${label}: ${whole(entry.before[key])} → ${whole(entry.after[key])}`;
    })
    .join("\n")
    .slice(0, 32_000);
}

/** Every audit entry of the log's filters, newest first (lib/records/export.ts): for administrators. */
const listed = everyRow(listAudit);

export const auditExport = defineExport(() => ({
  file: "audit-log",
  sheet: t("title"),
  schema: auditListSchema,
  rows: listed,
  columns: [
    { header: t("colWhen"), width: 26, cell: (e) => exportTime(e.at) },
    { header: t("colWho"), width: 26, cell: (e) => e.actorName ?? e.actorEmail ?? t("unknownActor") },
    { header: t("colWhat"), width: 18, cell: (e) => enums(`auditActions.${e.action}`) },
    { header: t("entity"), width: 16, cell: (e) => enums(`entityTypes.${e.entityType as (typeof auditEntityTypes)[number]}`) },
    { header: t("colRecord"), width: 36, cell: (e) => e.entityLabel ?? (e.entityId === null ? null : `#${e.entityId}`) },
    { header: t("colChanges"), width: 60, cell: changes },
  ],
}));
