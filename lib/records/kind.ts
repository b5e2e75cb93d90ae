import { getTableColumns, type SQL, type Table } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import type { StaffNamespace } from "@/lib/i18n/staff";
import type { RecordKind } from "@/lib/kinds";
import type { FieldReading } from "./history-words";
import type { OfficeRule } from "./offices";
import type { ContentTable } from "./versions";

/** Something that refers to a record and so keeps it from being deleted: its kind and what it is called. */
export interface Use {
  kind: RecordKind;
  label: string;
}

/**
 * One kind of content record, whole: what records, lifecycle, impact, the audit log, the dashboard and the staff nav
 * need to know of it. Each kind's lib/kinds/<kind>/definition.ts gives one; lib/kinds/index.ts lists them.
 */
export interface KindDefinition<Name extends string = string, Fields extends Record<string, unknown> = Record<string, unknown>> {
  /** The audit log's entity type and the lifecycle form's `kind` ("agreement"). */
  name: Name;
  /** Its staff section: /staff/<section>, the nav's entry. */
  section: string;
  /** Its catalogue namespace in messages/staff.en.json: `title` names the section, `fields` label the audit's changes. */
  messages: StaffNamespace;
  table: ContentTable;
  /** Its editable state as the audit log records it (its own columns and its own rows). */
  snapshot: (db: Db | Tx, id: number) => Promise<Fields>;
  /** The cache tags of the public pages that show it now (none while it is a draft); lib/cache-tags.ts. */
  impact: (tx: Tx, id: number) => Promise<string[]>;
  /** What refers to it: a record that others use can be archived, not deleted. */
  uses: (tx: Tx, id: number) => Promise<Use[]>;
  /** What the dashboard and the audit log call it: an expression over its table's row. */
  title: SQL<string>;
  /** The same in Chinese, null where the record has no Chinese name (the staff workspace in Chinese shows it). */
  titleZh: SQL<string | null>;
  /**
   * How its fields' values read in its history and the comparison of its versions (lib/records/history-words.ts):
   * enums by their catalogue's labels, references by name, dates at their precision. A field not named reads by type.
   */
  reads?: { [K in keyof Fields & string]?: FieldReading };
  /**
   * Its public texts that are written in both languages, each its English and its Chinese field: what its page lists
   * as lacking a translation, and what publishing it with no Chinese asks to be acknowledged (lib/records/translations.ts).
   * Proper names recorded in one language only (a delegation's leader) and texts no public page shows are not listed.
   */
  translated: readonly TranslatedPair<keyof Fields & string>[];
  /** Which of its records each office's staff may change, and which its "my office" lists show (lib/records/offices.ts). */
  office: OfficeRule;
}

/** A public text in both languages: its English and Chinese fields, and whether the record must have it at all. */
export interface TranslatedPair<Field extends string = string> {
  en: Field;
  zh: Field;
  /** The record can't do without it (a title, a name): empty in both languages, it lacks both. */
  required?: boolean;
}

/** Keeps a definition's literal name, so the registry's keys and RecordKind follow from the definitions. */
export function defineKind<const Name extends string, Fields extends Record<string, unknown>>(
  definition: KindDefinition<Name, Fields>,
): KindDefinition<Name, Fields> {
  return definition;
}

/** For kinds nothing refers to: their own rows (signatories, enterprises, links) go with them. */
export const usedByNothing = async (): Promise<Use[]> => [];

/** Some of a table's columns by name, for a kind's `editable` fields: select them, and type the snapshot from them. */
export function pickColumns<T extends Table, K extends keyof T["_"]["columns"] & string>(table: T, names: readonly K[]): Pick<T["_"]["columns"], K> {
  const all = getTableColumns(table) as T["_"]["columns"];
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<T["_"]["columns"], K>;
}

