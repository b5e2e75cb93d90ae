import { z } from "zod";

/**
 * Field schemas shared by every staff form. Their error messages are keys of the "Validation" catalogue
 * (messages/staff.en.json), turned into words by lib/validation/errors.ts, so wording lives in one place.
 * Form inputs arrive as strings; an empty or blank string means "not given".
 */

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

/** Letters people type that would break the page or the record: control characters other than tab and newline. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A search box's text, bounded and without control characters (which the database refuses in text). */
export function searchText(max = 100) {
  return z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().replace(/\s+/g, " ").slice(0, max))
    .refine((s) => s.length > 0);
}

function textSchema(max: number) {
  return z
    .string({ error: "invalid" })
    .max(max, { error: "tooLong" })
    .refine((s) => !controlCharacters.test(s), { error: "controlCharacters" });
}

/** A text field that must be filled in: trimmed, at most `max` characters. */
export const requiredText = (max = 200) => z.preprocess(trimmed, z.string({ error: "required" }).min(1, { error: "required" }).pipe(textSchema(max)));

/** A text field that may be left empty (then null): trimmed, at most `max` characters. */
export const optionalText = (max = 200) =>
  z.preprocess(blankToUndefined, z.preprocess(trimmed, textSchema(max)).optional()).transform((v) => v ?? null);

/** Longer text (summaries, Markdown bodies): line endings normalised to \n. */
export const optionalLongText = (max = 20_000) =>
  z
    .preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v), optionalText(max));

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a URL segment could be a record's slug at all: anything else is a 404 without asking the database. */
export function isSlug(value: string): boolean {
  return value.length <= 120 && slugPattern.test(value);
}

/** A URL slug; empty means "make one from the name" (the action does), so it is optional here. */
export const optionalSlug = z
  .preprocess(blankToUndefined, z.preprocess(trimmed, z.string().max(120, { error: "tooLong" }).regex(slugPattern, { error: "slug" })).optional())
  .transform((v) => v ?? null);

export const enumField = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "choose" }));

export const optionalEnumField = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "choose" }).optional()).transform((v) => v ?? null);

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A database id in a form or URL: a positive whole number, nothing else. */
export const idField = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,10}$/.test(v.trim()) ? Number(v.trim()) : v),
  z.number({ error: "invalidId" }).int({ error: "invalidId" }).min(1, { error: "invalidId" }).max(2_147_483_647, { error: "invalidId" }),
);

/** Ids chosen in a multi-select or picker; repeats are dropped. */
export const idList = (max = 200) =>
  z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(idField).max(max, { error: "tooMany" }))
    .transform((ids) => [...new Set(ids)]);

/** The version of the record the form was opened on, for optimistic concurrency. */
export const versionField = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : v),
  z.number({ error: "invalid" }).int().min(1, { error: "invalid" }).max(2_147_483_647, { error: "invalid" }),
);

/** A number typed in a form, checked against its pattern and range; empty is null. */
function numberField(pattern: RegExp, accept: (n: number) => boolean, message: "wholeNumber" | "number", min: number, max: number) {
  return z.preprocess(blankToUndefined, z.unknown().optional()).transform((v, ctx) => {
    if (v === undefined) return null;
    const n = typeof v === "number" ? v : typeof v === "string" && pattern.test(v) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || !accept(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message, params: { min, max } });
      return z.NEVER;
    }
    return n;
  });
}

/** A whole number in a range, or empty (null). Digits only: "1e3", "12.5" and "0x10" are refused. */
export const optionalWholeNumber = (min: number, max: number) =>
  numberField(/^\s*-?\d{1,16}\s*$/, Number.isInteger, "wholeNumber", min, max);

/** A decimal number (coordinates) in a range, or empty (null). */
export const optionalDecimal = (min: number, max: number) => numberField(/^\s*-?\d{1,4}(\.\d{1,10})?\s*$/, () => true, "number", min, max);

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

// ---------------------------------------------------------------------------------------------------------------
// Money: an exact decimal string and an ISO 4217 currency, never a float.
// ---------------------------------------------------------------------------------------------------------------

const currencies = new Set(Intl.supportedValuesOf("currency"));

/**
 * "240,000,000", "240 000 000" or "1250.5" as "240000000" / "1250.5"; null when it is not an amount. Separators count
 * only between groups of three digits, so a decimal comma ("12,5") is refused rather than read as 125.
 */
export function parseAmount(text: string): string | null {
  const trimmed = text.trim();
  const grouped = /^\d{1,3}([,\s\u00a0\u202f_]\d{3})+(\.\d+)?$/.test(trimmed);
  if (/[,\s\u00a0\u202f_]/.test(trimmed) && !grouped) return null;
  const compact = trimmed.replace(/[,\s\u00a0\u202f_]/g, "");
  const m = /^(\d{1,17})(?:\.(\d{1,3}))?$/.exec(compact);
  if (!m) return null;
  const whole = m[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

export const optionalAmount = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: "money" })
      .max(40, { error: "money" })
      .transform((text, ctx) => {
        const amount = parseAmount(text);
        if (amount === null) {
          ctx.addIssue({ code: "custom", message: "money" });
          return z.NEVER;
        }
        return amount;
      })
      .optional(),
  )
  .transform((v) => v ?? null);

export const optionalCurrency = z
  .preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
    z
      .string()
      .regex(/^[A-Z]{3}$/, { error: "currency" })
      .refine((c) => currencies.has(c), { error: "currency" })
      .optional(),
  )
  .transform((v) => v ?? null);

/** Adds "give both or neither" to an amount and currency pair of fields. */
export function moneyPairIssue(
  value: { amount: string | null; currency: string | null },
  ctx: z.RefinementCtx,
  fields: { amount: (string | number)[]; currency: (string | number)[] },
) {
  if (value.amount !== null && value.currency === null) ctx.addIssue({ code: "custom", path: fields.currency, message: "currencyNeeded" });
  if (value.amount === null && value.currency !== null) ctx.addIssue({ code: "custom", path: fields.amount, message: "amountNeeded" });
}


export const optionalUrl = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(2000, { error: "tooLong" })
      .refine((s) => {
        try {
          const u = new URL(s);
          return u.protocol === "http:" || u.protocol === "https:";
        } catch {
          return false;
        }
      }, { error: "url" })
      .optional(),
  )
  .transform((v) => v ?? null);

// ---------------------------------------------------------------------------------------------------------------
// Rows a form repeats (signatories, enterprises, sources).
// ---------------------------------------------------------------------------------------------------------------

/**
 * A list of rows where a row whose text fields are all empty is skipped. Blank rows become null before validation
 * and are dropped after it, so an error's path (signatories.2.name) still names the row the user sees.
 */
export function rows<T extends z.ZodType>(row: T, textKeys: string[], max = 50) {
  return z
    .preprocess(
      (v) => {
        const list = v === undefined ? [] : Array.isArray(v) ? v : [];
        return list.map((r) =>
          r && typeof r === "object" && textKeys.every((k) => blankToUndefined((r as Record<string, unknown>)[k]) === undefined) ? null : r,
        );
      },
      z.array(row.nullable()).max(max, { error: "tooMany" }),
    )
    .transform((list) => list.filter((r): r is NonNullable<typeof r> => r !== null) as z.output<T>[]);
}

/** An edit form's schema: the new record's, with the id and the version the form was opened on. */
export const editSchemaOf = <S extends z.ZodType>(schema: S) => z.object({ id: idField, version: versionField }).and(schema);

/** The names of the fields a form sends, from its schema: a control named otherwise fails to compile. */
export type FieldNames<S extends z.ZodType> = keyof z.input<S> & string;
