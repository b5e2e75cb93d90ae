import { z } from "zod";
import { first, lenient, lenientEnum } from "./lists";

/** The form that applies an upload: which upload, as what, and the preview it was asked from (its plan's digest). */
export const applyImportSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  publish: z.enum(["0", "1"], { error: "invalid" }).transform((v) => v === "1"),
  allOrNothing: z.preprocess((v) => v === "on", z.boolean()),
  expectedPlan: z.string().regex(/^[0-9a-f]{64}$/, { error: "invalid" }),
});

export const importRowClasses = ["new", "changed", "unchanged", "refused"] as const;

/** An upload's page: ?publish=1 previews it as published; ?show=refused one outcome; ?page= the page of rows. */
export const importPreviewSchema = z.object({
  publish: lenient(z.literal("1")).transform((v) => v === "1"),
  show: lenientEnum(importRowClasses),
  changed: lenient(z.literal("1")).transform((v) => v === "1"),
  notice: z.preprocess(first, z.string().optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

/** Rows of the preview per page: a file of a few thousand rows stays a page the browser renders at once. */
export const importPreviewPageSize = 100;
