import { staffCountryName, staffText, staffTime, type StaffMessages } from "@/lib/i18n/staff";
import { comparable } from "./versions";

/**
 * A record's versions in the kind's words: what the history and the comparison of versions show instead of stored
 * values ("Memorandum of understanding", not `mou`; "Jinan – Vantaa", not 12; "Nov 2026", not 2026-11-01 and "month").
 * A kind says how each field reads in its definition (`reads`); a field it says nothing of reads by its value's type.
 */

type EnumNamespace = keyof StaffMessages["Enums"];
type Precision = "year" | "month" | "day";

/** How one field's stored value reads. */
export type FieldReading =
  /** A value of one of the catalogue's `Enums` lists. */
  | { enum: EnumNamespace }
  /**
   * The id (or a list of ids) of a record of that kind (its name in lib/kinds: a string here, as the kinds' own types
   * follow from their definitions, which hold these readings), read as its name.
   */
  | { ref: string }
  /** A date always known to the day. */
  | { day: true }
  /** A date known to the precision that the record's field of this name holds ("year", "month", "day"). */
  | { dateAt: string }
  /** An amount in the currency that the record's field of this name holds. */
  | { money: string }
  /** A country code, read as the country's name. */
  | { country: true }
  /** A moment (ISO 8601), read on the office's clock in the staff language ("2 Dec 2026, 14:05 Beijing time"). */
  | { instant: true }
  /** Read with the field named (a date's precision, an amount's currency): it has no row of its own. */
  | { partOf: string }
  /** Names of the record's own fields (what a publication lacked Chinese for), read as the form labels them. */
  | { fieldNames: true }
  /**
   * Rows of the record's own (signatories, sources): their columns in this order (the audit log's JSON keeps no order),
   * each read as `reads` says.
   */
  | { rows: Record<string, FieldReading>; columns: string[] };

export type FieldReadings = Record<string, FieldReading>;

/** A record's state as the audit log holds it: its snapshot's fields as JSON. */
export type State = Record<string, unknown>;

/** The names of the records that values refer to, by kind and id. */
export type Names = Record<string, Record<number, string>>;

/** What reading a kind's values needs: the fields' labels and readings, and the names of what they refer to. */
export interface KindWords {
  labels: Record<string, string>;
  reads: FieldReadings;
  names: Names;
}

/** Fields every kind has besides its snapshot (lifecycle entries change them). */
/** Fields of lifecycle and review entries, which every kind's history shows: a review asks for one of these operations. */
const lifecycleReads: FieldReadings = {
  publication: { enum: "publication" },
  operation: { enum: "reviewOperations" },
  // A scheduled publication: its time, the time a publication was made at, and why a schedule did not fire.
  publishAt: { instant: true },
  scheduledFor: { instant: true },
  why: { enum: "scheduleOutcomes" },
  missingChinese: { fieldNames: true },
};

const shortDate = {
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", timeZone: "UTC" }),
  day: new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
};

/** A date at its known precision: "1979", "Nov 2026", "20 Nov 2026". */
export function dateWords(date: string, precision: Precision): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : shortDate[precision].format(parsed);
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

const isPrecision = (value: unknown): value is Precision => value === "year" || value === "month" || value === "day";

/** The ids a reference field holds: one, or a list. */
export function idsIn(value: unknown): number[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === "number" && Number.isInteger(v));
}

/**
 * One field's value in words. `state` is the whole record (or row) it belongs to, for the fields read together with it
 * (a date's precision, an amount's currency). Rows of the record's own come one a line.
 */
export function valueWords(value: unknown, reading: FieldReading | undefined, state: State, names: Names): string {
  const t = staffText("History");
  if (isEmpty(value)) return t("none");
  if (reading && "enum" in reading) {
    const labels = staffText("Enums");
    const one = (v: unknown) => {
      const key = `${reading.enum}.${String(v)}`;
      return labels.has(key as never) ? labels(key as never) : String(v);
    };
    return Array.isArray(value) ? value.map(one).join(", ") : one(value);
  }
  if (reading && "ref" in reading) {
    const known = names[reading.ref] ?? {};
    return idsIn(value)
      .map((id) => known[id] ?? t("deletedRecord", { id }))
      .join("; ");
  }
  if (reading && "day" in reading && typeof value === "string") return dateWords(value, "day");
  if (reading && "dateAt" in reading && typeof value === "string") {
    const precision = state[reading.dateAt];
    return dateWords(value, isPrecision(precision) ? precision : "day");
  }
  if (reading && "money" in reading) {
    const currency = state[reading.money];
    const amount = typeof value === "string" || typeof value === "number" ? Number(value) : Number.NaN;
    const figure = Number.isFinite(amount) ? amount.toLocaleString("en-GB", { maximumFractionDigits: 3 }) : String(value);
    return typeof currency === "string" && currency ? `${currency} ${figure}` : figure;
  }
  if (reading && "country" in reading && typeof value === "string") return `${staffCountryName(value)} (${value})`;
  if (reading && "instant" in reading && typeof value === "string" && !Number.isNaN(Date.parse(value))) return staffTime(value);
  if (reading && "rows" in reading && Array.isArray(value)) return rowsWords(value, reading.rows, names, reading.columns);
  return plainWords(value, names);
}

/** Rows, one a line: each row's filled columns in words, in order ("Sun Shuxian, Mayor of Jinan, Shandong side"). */
function rowsWords(rows: unknown[], reads: FieldReadings, names: Names, columns: string[] = []): string {
  return rows
    .map((row, i) => {
      if (!row || typeof row !== "object") return `${i + 1}. ${plainWords(row, names)}`;
      const r = row as State;
      const keys = [...columns.filter((key) => key in r), ...Object.keys(r).filter((key) => !columns.includes(key))];
      const cells = keys
        .filter((key) => !isEmpty(r[key]) && !(reads[key] && "partOf" in reads[key]))
        .map((key) => valueWords(r[key], reads[key], r, names));
      return `${i + 1}. ${cells.join(", ")}`;
    })
    .join("\n");
}

/** A value no reading describes, by its type: Yes/No, a moment in the office's time, text as it is. */
function plainWords(value: unknown, names: Names): string {
  const t = staffText("History");
  if (isEmpty(value)) return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    return value.some((v) => v && typeof v === "object") ? rowsWords(value, {}, names) : value.map((v) => plainWords(v, names)).join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as State)
      .map(([k, v]) => `${k}: ${plainWords(v, names)}`)
      .join(", ");
  }
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return staffTime(text);
  return text;
}

/** The field a key is shown under: itself, or the field it is read with (a precision, a currency). */
function shownAs(key: string, reads: FieldReadings): string {
  const reading = reads[key];
  return reading && "partOf" in reading ? reading.partOf : key;
}

/** The fields another reads with it (its precision, its currency). */
function partsOf(key: string, reads: FieldReadings): string[] {
  return Object.entries(reads)
    .filter(([, r]) => "partOf" in r && r.partOf === key)
    .map(([k]) => k);
}

export interface ChangeLine {
  field: string;
  label: string;
  /** Null where the entry has no "before" (a record's creation). */
  before: string | null;
  after: string | null;
}

/** The audit entry's keys that are not values of the record: what a restore says it restored. */
const noteKeys = new Set(["restoredFrom"]);

/**
 * One audit entry's changes in words: each changed field once (a date and its precision are one field), read with the
 * whole record before and after the change where it is known (`states`, see lib/records/history.ts), so that a date
 * whose precision did not change still reads at its precision. A creation lists the fields it filled in.
 */
export function changeWords(
  entry: { action: string; before: State | null; after: State | null },
  states: { before: State | null; after: State | null },
  words: KindWords,
): ChangeLine[] {
  const reads = { ...lifecycleReads, ...words.reads };
  const raw = [...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})].filter((k) => !noteKeys.has(k));
  const order = Object.keys(states.after ?? states.before ?? {});
  const keys = [...new Set(raw.map((k) => shownAs(k, reads)))].sort((a, b) => rank(order, a) - rank(order, b));
  const side = (which: "before" | "after", key: string): string | null => {
    const stored = entry[which];
    if (!stored) return null;
    const state = states[which];
    // The reconstructed record where the field is one of its own (it knows the precision); else what the entry holds.
    const whole = state && key in state ? state : { ...stored };
    const reading = reads[key];
    if (reading && "fieldNames" in reading && Array.isArray(whole[key])) {
      return (whole[key] as unknown[]).map((field) => words.labels[String(field)] ?? String(field)).join(staffText("Translations")("listSeparator"));
    }
    return valueWords(whole[key], reading, whole, words.names);
  };
  return keys
    .filter((key) => entry.action !== "create" || !isEmpty((states.after ?? entry.after ?? {})[key]))
    .map((key) => ({ field: key, label: words.labels[key] ?? key, before: side("before", key), after: side("after", key) }));
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

export interface CompareLine {
  field: string;
  label: string;
  then: string;
  now: string;
  changed: boolean;
}

/** Every field of two versions of a record, in words, side by side, with whether it differs (a precision counts). */
export function compareWords(then: State, now: State, words: KindWords): CompareLine[] {
  const reads = words.reads;
  return Object.keys(now)
    .filter((key) => shownAs(key, reads) === key)
    .map((key) => {
      const fields = [key, ...partsOf(key, reads)];
      return {
        field: key,
        label: words.labels[key] ?? key,
        then: valueWords(then[key], reads[key], then, words.names),
        now: valueWords(now[key], reads[key], now, words.names),
        changed: fields.some((f) => comparable(then[f]) !== comparable(now[f])),
      };
    });
}

/** Every record a set of states refers to, by kind: what names to look up. */
export function referencesIn(states: State[], reads: FieldReadings): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  for (const state of states) {
    for (const [key, reading] of Object.entries(reads)) {
      if (!("ref" in reading)) continue;
      const set = (out[reading.ref] ??= new Set());
      for (const id of idsIn(state[key])) set.add(id);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, set]) => [k, [...set]]));
}
