/** What a form sends back to itself on error so it keeps what the user typed: a string per field, a list for multi-selects. */
export type FormValues = Record<string, string | string[]>;

/** The one result shape of every form action, consumed by useActionState. */
export interface FormResult<Values extends FormValues = FormValues> {
  ok: boolean;
  message?: string;
  /** "conflict": someone else saved the record since the form was opened; "signed_out": the session has ended. */
  reason?: "conflict" | "signed_out" | "forbidden" | "invalid" | "not_found" | "failed" | "unavailable";
  fieldErrors?: Partial<Record<keyof Values & string, string[]>> & Record<string, string[] | undefined>;
  /** What the user typed, sent back on error so the form keeps it (never a password). */
  values?: Partial<Values>;
  /**
   * After a conflict: who saved the record since, and (a record form's save) each field where what the record holds now
   * differs from what was sent.
   */
  conflict?: { savedBy: string; fields?: ConflictField[] };
}

/** A field of a refused save beside the record's current version, each value in words (a choice's label, a name). */
export interface ConflictField {
  field: string;
  yours: string;
  theirs: string;
}

export const initialFormResult: FormResult = { ok: false };

/** Any origin will do: a return path is resolved against it only to see where it leads. */
const ownOrigin = "http://amity.invalid";
// Tabs and newlines vanish in URL parsing (and a newline breaks the redirect's header); browsers read a backslash as a
// slash. Refused anywhere in the value, and percent-encoded (with "%2F") in the path too.
const controlOrBackslash = /[\u0000-\u001f\u007f\\]/;
const encodedHazard = /%(?:[01][0-9a-f]|7f|5c|2f)/i;

/** A segment of the path that URL parsing would drop or climb out of: ".", "..", or either percent-encoded. */
const isDotSegment = (segment: string) => /^(?:\.|%2e){1,2}$/i.test(segment);

/**
 * A path on this site to send the visitor back to (after signing in, from the 503 page); anything else falls back.
 * The value is resolved against a stand-in origin and must stay on it, and the path is rebuilt from the result, so what
 * the browser and Next.js's client router resolve is what was checked: "/.//evil.example" resolves to "//evil.example",
 * which the router reads as another host, so dot segments, empty segments, encoded slashes, backslashes and control
 * characters are all refused rather than cleaned up.
 */
export function safeReturnPath(value: unknown, fallback = "/staff"): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return fallback;
  if (controlOrBackslash.test(value)) return fallback;
  const path = value.split(/[?#]/, 1)[0]!;
  const segments = path.split("/").slice(1);
  // Only the last segment may be empty ("/staff/"; "/" itself).
  if (segments.some((s, i) => (s === "" && i < segments.length - 1) || isDotSegment(s) || encodedHazard.test(s))) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== ownOrigin) return fallback;
  const rebuilt = url.pathname + url.search + url.hash;
  return rebuilt.startsWith("/") && !rebuilt.startsWith("//") && rebuilt.length <= 2000 ? rebuilt : fallback;
}

const maxRowIndex = 99;
/** Names that would reach Object.prototype if used as keys. */
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);
const secretFields = /password/i;

/** Whether a form field is Next.js's own bookkeeping ($ACTION_ID_…, $ACTION_REF_…) rather than the user's input. */
const isFrameworkField = (key: string) => key.startsWith("$ACTION");

/**
 * FormData as a plain object for a zod schema. Dotted names become nested rows ("signatories.0.name" is
 * `signatories[0].name`), fields named in `multi` become lists, and any other field sent twice keeps both values as
 * a list, which its schema refuses. Row indexes above 99 are ignored: no form has that many rows.
 */
export function formToObject(formData: FormData, options: { multi?: string[] } = {}): Record<string, unknown> {
  const multi = new Set(options.multi ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (isFrameworkField(key)) continue;
    const value = typeof raw === "string" ? raw : "";
    const parts = key.split(".");
    if (parts.some((p) => unsafeKeys.has(p))) continue;
    if (parts.length === 1) {
      const previous = out[key];
      if (multi.has(key)) out[key] = [...((previous as string[] | undefined) ?? []), value];
      else out[key] = previous === undefined ? value : [...([] as unknown[]).concat(previous), value];
      continue;
    }
    const [list, index, field] = parts;
    if (parts.length !== 3 || !list || !field || !/^\d{1,2}$/.test(index!) || Number(index) > maxRowIndex) continue;
    const rowsOf = ((out[list] as unknown[] | undefined) ??= []);
    const row = ((rowsOf[Number(index)] as Record<string, unknown> | undefined) ??= {});
    row[field] = value;
  }
  // Sparse rows (an index skipped) become empty rows, which the row schemas skip as blank.
  for (const value of Object.values(out)) {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] ??= {};
  }
  return out;
}

/** The user's input, to send back with an error: every field as typed, but never a password. */
export function formValues(formData: FormData, options: { multi?: string[] } = {}): FormValues {
  const multi = new Set(options.multi ?? []);
  const out: FormValues = {};
  for (const [key, raw] of formData.entries()) {
    if (isFrameworkField(key) || secretFields.test(key) || unsafeKeys.has(key) || typeof raw !== "string") continue;
    // Bounded: an error response never echoes a megabyte back.
    const value = raw.slice(0, 100_000);
    if (multi.has(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] ??= value;
  }
  return out;
}

/** A value of a form's kept input, as a string (the first, for a list). */
export function valueOf(values: Partial<FormValues> | undefined, key: string): string | undefined {
  const v = values?.[key];
  return Array.isArray(v) ? v[0] : v;
}

/** A form's value as one line of text: a list joined, a textarea's line endings made one (it sends CRLF), trimmed. */
export function formValueText(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value.join(", ") : (value ?? "")).replace(/\r\n?/g, "\n").trim();
}

/** The fields whose values differ between two versions of a form's values, the record's id and version aside. */
export function differingFields(a: Partial<FormValues>, b: Partial<FormValues>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "id" && k !== "version" && formValueText(a[k]) !== formValueText(b[k]));
}

/** A stored value as a form shows it: empty for none, digits for a number, "on" for a ticked box, a list as it is. */
type StoredValue = string | number | boolean | null | readonly (string | number)[];
type StoredRow = Record<string, string | null>;

/**
 * A record's stored fields as its form's initial values: `same` names the fields the form shows as they are stored
 * (each must be both a stored field and a form field, so renaming either fails to compile), `derived` the ones it
 * shows otherwise (a partial date as typed), `rows` its rows ("signatories" become "signatories.0.name", …). An
 * unticked box is absent, as a browser would send it.
 */
export function recordFormValues<Field extends string, Stored extends Record<string, unknown>>(
  stored: Stored,
  same: readonly (Field & keyof Stored)[],
  derived: { [K in Field]?: StoredValue } = {},
  rows: { [K in Field]?: readonly StoredRow[] } = {},
): FormValues {
  const out: FormValues = {};
  const values: [string, unknown][] = [...same.map((name) => [name, stored[name]] as [string, unknown]), ...Object.entries(derived)];
  for (const [name, value] of values as [string, StoredValue | undefined][]) {
    if (value === undefined || value === false) continue;
    out[name] = value === true ? "on" : value === null ? "" : Array.isArray(value) ? value.map(String) : String(value);
  }
  for (const [name, list] of Object.entries(rows) as [string, readonly StoredRow[]][]) {
    list.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) out[`${name}.${i}.${key}`] = value ?? "";
    });
  }
  return out;
}
