import { z } from "zod";
import { auditActions } from "@/db/schema";
import { recordKinds } from "@/lib/kinds";
import { parsePartialDate } from "./dates";
import { lenientEnum, lenientId, listFilters } from "./lists";

const lenientDay = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v) || undefined,
  z
    .string()
    .refine((d) => {
      const parsed = parsePartialDate(d);
      return typeof parsed === "object" && parsed.precision === "day";
    })
    .optional()
    .catch(undefined),
);

/** What the audit log records changes of: every kind of record (lib/kinds), staff accounts, and imports of files. */
export const auditEntityTypes = [...recordKinds, "user", "import", "attachment"] as const;

export const auditListSchema = z.object({
  actor: lenientId,
  action: lenientEnum(auditActions),
  entity: lenientEnum(auditEntityTypes),
  id: lenientId,
  from: lenientDay,
  to: lenientDay,
  page: listFilters.page,
});

export type AuditListQuery = z.output<typeof auditListSchema>;
