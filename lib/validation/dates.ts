import { z } from "zod";
import { blankToUndefined } from "./fields";

// ---------------------------------------------------------------------------------------------------------------
// Dates at their known precision.
// ---------------------------------------------------------------------------------------------------------------

export type Precision = "year" | "month" | "day";
export interface PartialDate {
  /** The first day of the period: 2001-01-01 for "2001". */
  date: string;
  precision: Precision;
}

export const minYear = 1800;
export const maxYear = 2200;

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * "2001", "2001-05" or "2001-05-17" as a date and its precision; otherwise why not: "format" (not one of those
 * shapes), "impossible" (no such day, like 30 February), "range" (a year outside what the office records).
 */
export function parsePartialDate(text: string): PartialDate | "format" | "impossible" | "range" {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return "format";
  const year = Number(m[1]);
  if (year < minYear || year > maxYear) return "range";
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || !isRealDay(year, month, day)) return "impossible";
  const date = `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date, precision: m[3] ? "day" : m[2] ? "month" : "year" };
}

/** The text a partial date is typed as: "2001", "2001-05", "2001-05-17". */
export function formatPartialDate(date: string | null, precision: Precision | null): string {
  if (!date || !precision) return "";
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date.slice(0, 10);
}

const partialDateCore = z.string({ error: "date" }).transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (typeof parsed === "string") {
    ctx.addIssue({
      code: "custom",
      message: parsed === "format" ? "date" : parsed === "range" ? "dateRange" : "dateImpossible",
      params: { min: minYear, max: maxYear },
    });
    return z.NEVER;
  }
  return parsed;
});

/** A date known to the year, month or day; empty is null. */
export const optionalPartialDate = z.preprocess(blankToUndefined, partialDateCore.optional()).transform((v) => v ?? null);
export const requiredPartialDate = z.preprocess(blankToUndefined, z.string({ error: "required" }).pipe(partialDateCore));

/** A full day (YYYY-MM-DD), or empty. */
export const optionalDay = optionalPartialDate.refine((d) => d === null || d.precision === "day", { error: "dayDate" });

/** A wall-clock time, HH:MM (seconds dropped), or empty. */
export const optionalTime = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: "time" })
      .transform((s) => s.slice(0, 5))
      .optional(),
  )
  .transform((v) => v ?? null);
