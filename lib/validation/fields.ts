import { z } from "zod";

/**
 * Field schemas shared by every staff form. Their error messages are keys of the "Validation" catalogue
 * (messages/staff.en.json), turned into words by lib/validation/errors.ts, so wording lives in one place.
 * Form inputs arrive as strings; an empty or blank string means "not given".
 */

export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
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

/**
 * The options of a form's cross-field rules (an object's `.superRefine`): they run even when other fields fail, so
 * "end before start" comes in the same answer as a missing title. By default zod runs an object's refinements only once
 * every field parses, which showed a form's errors in rounds. Such a rule must read only fields that parsed (see
 * `parsedIn`): a field that failed holds what was typed, or nothing.
 */
export const evenWithOtherErrors = {
  when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

/** Within a cross-field rule: whether the named fields all parsed (none has an issue so far). */
export function parsedIn<T>(ctx: z.RefinementCtx<T>): (...fields: (keyof T & string)[]) => boolean {
  return (...fields) => fields.every((field) => !ctx.issues.some((issue) => issue.path?.[0] === field));
}

/** An edit form's schema: the new record's, with the id and the version the form was opened on. */
export const editSchemaOf = <S extends z.ZodType>(schema: S) => z.object({ id: idField, version: versionField }).and(schema);

/** The names of the fields a form sends, from its schema: a control named otherwise fails to compile. */
export type FieldNames<S extends z.ZodType> = keyof z.input<S> & string;
