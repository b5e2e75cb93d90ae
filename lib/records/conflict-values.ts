import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { formValueText, type ConflictField, type FormValues } from "@/lib/forms";
import { staffCountryName, staffText } from "@/lib/i18n/staff";
import { kinds, type RecordKind } from "@/lib/kinds";
import { checkbox } from "@/lib/validation/fields";
import { idsIn, type FieldReading, type FieldReadings } from "./history-words";
import { staffPick } from "./staff-names";

/**
 * A refused save beside the record as it is now: each field where what the form sent differs from what the record's
 * form would show now, both in words (a choice by its label, a place or partnership by its name, a box as Yes or No),
 * so that the person whose save was refused sees what the other saved without retyping their own.
 */

type Value = string | string[] | undefined;

/** How a form field's value reads: its kind's reading of the field, or of the column of its list's row ("signatories.0.side"). */
function readingOf(key: string, reads: FieldReadings): FieldReading | undefined {
  const [list, , column] = key.split(".");
  if (column === undefined) return reads[key];
  const rows = reads[list!];
  return rows && "rows" in rows ? rows.rows[column] : undefined;
}

const asList = (value: Value): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A value as compared: references as a set (a picker's order is not the record's). */
function comparable(value: Value, reading: FieldReading | undefined): string {
  if (reading && "ref" in reading) return asList(value).filter((v) => v.trim() !== "").sort().join(",");
  return formValueText(value);
}

type Names = Record<string, Map<number, string>>;

/** The names of the records the values refer to, by kind, in the reader's language. */
async function namesOf(refs: Record<string, Set<number>>): Promise<Names> {
  const db = await getDb();
  const names: Names = {};
  for (const [kind, ids] of Object.entries(refs)) {
    if (!ids.size || !(kind in kinds)) continue;
    const { table, title, titleZh } = kinds[kind as RecordKind];
    const rows = (await db.select({ id: table.id, title, titleZh }).from(table).where(inArray(table.id, [...ids]))) as { id: number; title: string; titleZh: string | null }[];
    names[kind] = new Map(rows.map((r) => [r.id, staffPick(r.title, r.titleZh)]));
  }
  return names;
}

const idsOf = (value: Value) => idsIn(asList(value).map(Number));

/** One side's value in words; empty is "" (the table shows a dash). */
function words(value: Value, reading: FieldReading | undefined, isCheckbox: boolean, names: Names): string {
  if (isCheckbox) return staffText("History")(formValueText(value) === "on" ? "yes" : "no");
  if (!formValueText(value)) return "";
  if (reading && "enum" in reading) {
    const labels = staffText("Enums");
    return asList(value)
      .map((v) => {
        const key = `${reading.enum}.${v}`;
        return labels.has(key as never) ? labels(key as never) : v;
      })
      .join(", ");
  }
  if (reading && "ref" in reading) {
    const known = names[reading.ref];
    return idsOf(value)
      .map((id) => known?.get(id) ?? `#${id}`)
      .join("; ");
  }
  if (reading && "country" in reading) return asList(value).map((code) => `${staffCountryName(code)} (${code})`).join(", ");
  return formValueText(value);
}

/**
 * The fields where `sent` (a refused save's form) differs from `current` (the record's form values now), in the form's
 * order. Compared: every field the record's form holds, and of what was sent the schema's own fields (an unticked box
 * is not sent, a ticked one is) and rows; not `transient` fields, which are asked of each save and not kept.
 */
export async function conflictFields({
  kind,
  sent,
  current,
  schema,
  transient = [],
}: {
  kind: RecordKind;
  sent: FormValues;
  current: FormValues;
  schema: z.ZodType;
  transient?: readonly string[];
}): Promise<ConflictField[]> {
  const reads = (kinds[kind].reads ?? {}) as FieldReadings;
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const order = Object.keys(shape);
  const isField = (key: string) => key in current || key.includes(".") || key in shape;
  const keys = [...new Set([...Object.keys(current), ...Object.keys(sent)])].filter(
    (key) => key !== "id" && key !== "version" && !transient.includes(key) && isField(key) && comparable(sent[key], readingOf(key, reads)) !== comparable(current[key], readingOf(key, reads)),
  );
  const rank = (key: string) => {
    const i = order.indexOf(key.split(".")[0]!);
    return i < 0 ? order.length : i;
  };
  keys.sort((a, b) => rank(a) - rank(b));

  const refs: Record<string, Set<number>> = {};
  for (const key of keys) {
    const reading = readingOf(key, reads);
    if (reading && "ref" in reading) for (const id of [...idsOf(sent[key]), ...idsOf(current[key])]) (refs[reading.ref] ??= new Set()).add(id);
  }
  const names = await namesOf(refs);
  return keys.map((field) => {
    const reading = readingOf(field, reads);
    const isCheckbox = shape[field] === checkbox;
    return { field, yours: words(sent[field], reading, isCheckbox, names), theirs: words(current[field], reading, isCheckbox, names) };
  });
}
