import "server-only";
import { and, count, desc, eq, getTableColumns, isNull, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { kinds, type RecordKind } from "@/lib/kinds";
import { isoTimestamp } from "@/lib/data/sql";
import { RecordError } from "./errors";
import { staffName } from "./staff-names";
import type { TranslatedPair } from "./kind";

/**
 * Which of a record's public texts lack a translation. Each kind names its texts written in both languages
 * (`translated` in lib/kinds/<kind>/definition.ts); a text lacks Chinese when it has English and no Chinese, and the
 * other way round. A text empty in both languages lacks nothing (it is just empty), unless the record must have it.
 */

/** The fields of a record that lack text, by the language they are in (their form's names: "titleZh", "summaryEn"). */
export interface MissingTranslations {
  zh: string[];
  en: string[];
}

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/** What a record's values lack, given its kind's pairs: blank or only whitespace is missing. */
export function missingTranslations(pairs: readonly TranslatedPair[], values: Record<string, unknown>): MissingTranslations {
  const missing: MissingTranslations = { zh: [], en: [] };
  for (const { en, zh, required } of pairs) {
    const [noEn, noZh] = [blank(values[en]), blank(values[zh])];
    if (noEn && noZh && !required) continue;
    if (noZh) missing.zh.push(zh);
    if (noEn) missing.en.push(en);
  }
  return missing;
}

/** The fields as the kind's form labels them, in the staff member's language ("Title in Chinese", "中文标题"). */
export function translationLabels(kind: RecordKind, fields: string[]): string[] {
  const labels = staffMessages[kinds[kind].messages].fields as Record<string, string>;
  return fields.map((field) => labels[field] ?? field);
}

function pairColumns(kind: RecordKind): Record<string, PgColumn> {
  const columns = getTableColumns(kinds[kind].table) as Record<string, PgColumn>;
  return Object.fromEntries(kinds[kind].translated.flatMap(({ en, zh }) => [en, zh]).map((name) => [name, columns[name]!]));
}

/** What one record lacks now, as it is stored. */
export async function readMissingTranslations(db: Db | Tx, { kind, id }: { kind: RecordKind; id: number }): Promise<MissingTranslations> {
  const { table, translated } = kinds[kind];
  if (!translated.length) return { zh: [], en: [] };
  const [row] = await db.select(pairColumns(kind)).from(table).where(eq(table.id, id));
  return missingTranslations(translated, row ?? {});
}

/** What one record lacks now, for its page. */
export async function getMissingTranslations(target: { kind: RecordKind; id: number }): Promise<MissingTranslations> {
  return readMissingTranslations(await getDb(), target);
}

/** Publishing a record that lacks Chinese without saying that its English may stand in for it on the Chinese pages. */
export class MissingChineseError extends RecordError {
  override name = "MissingChineseError";
  constructor(
    readonly kind: RecordKind,
    readonly fields: string[],
  ) {
    super(`No Chinese for ${fields.join(", ")}.`);
  }
  answer() {
    const t = staffText("Translations");
    const list = translationLabels(this.kind, this.fields).join(t("listSeparator"));
    return { reason: "failed" as const, message: t("refused", { fields: list }) };
  }
}

/**
 * The check a publication (its submission, its approval, or an administrator's without review) makes inside its
 * transaction: a record that lacks Chinese goes out only when `acceptEnglish` says its English text may stand in (the
 * Chinese pages show it marked as English). Answers what it lacks, for the audit entry to keep with the decision.
 */
export async function checkChineseForPublication(tx: Tx, target: { kind: RecordKind; id: number }, acceptEnglish: boolean): Promise<string[]> {
  const { zh } = await readMissingTranslations(tx, target);
  if (zh.length && !acceptEnglish) throw new MissingChineseError(target.kind, zh);
  // Its public photos described too (alt text), on every path to publication: this function is each one's check.
  const { assertPhotosDescribed } = await import("@/lib/attachments/staff");
  await assertPhotosDescribed(tx, target, acceptEnglish);
  return zh;
}

/** The audit entry's note of a publication that went out without Chinese for these fields: none when nothing lacked it. */
export const missingChineseNote = (fields: string[]): { missingChinese?: string[] } => (fields.length ? { missingChinese: fields } : {});

/** A text that is blank: null, empty or only whitespace. */
const blankSql = (column: PgColumn): SQL => sql`coalesce(btrim(${column}), '') = ''`;

/** The SQL condition that a kind's record lacks a translation of some text: `missingTranslations` as a filter. */
function lacksTranslation(kind: RecordKind): SQL | undefined {
  const columns = pairColumns(kind);
  const conditions = kinds[kind].translated.map(({ en, zh, required }) => {
    const [noEn, noZh] = [blankSql(columns[en]!), blankSql(columns[zh]!)];
    return required ? sql`(${noEn} or ${noZh})` : sql`(${noEn}) <> (${noZh})`;
  });
  return conditions.length ? or(...conditions) : undefined;
}

export interface UntranslatedRecord {
  kind: RecordKind;
  id: number;
  /** Its name in the staff member's language (lib/records/staff-names.ts). */
  title: string;
  updatedAt: string;
  missing: MissingTranslations;
}

/**
 * The dashboard's list: published records that lack a translation of some public text, the most recently changed
 * first, at most `limit` of them, and how many there are in all.
 */
export async function listUntranslatedPublished(limit = 20): Promise<{ items: UntranslatedRecord[]; total: number }> {
  const db = await getDb();
  const perKind = await Promise.all(
    (Object.keys(kinds) as RecordKind[]).map(async (kind) => {
      const { table, title, titleZh, translated } = kinds[kind];
      const lacks = lacksTranslation(kind);
      if (!lacks) return { items: [], total: 0 };
      const where = and(eq(table.publication, "published"), isNull(table.archivedAt), lacks);
      const [rows, [counted]] = await Promise.all([
        db
          .select({ id: table.id, title: staffName(title, titleZh), updatedAt: isoTimestamp(table.updatedAt), ...pairColumns(kind) })
          .from(table)
          .where(where)
          .orderBy(desc(table.updatedAt), desc(table.id))
          .limit(limit),
        db.select({ n: count() }).from(table).where(where),
      ]);
      const items = rows.map((row) => ({
        kind,
        id: row.id as number,
        title: row.title as string,
        updatedAt: row.updatedAt as string,
        missing: missingTranslations(translated, row),
      }));
      return { items, total: counted?.n ?? 0 };
    }),
  );
  return {
    items: perKind
      .flatMap((k) => k.items)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, limit),
    total: perKind.reduce((sum, k) => sum + k.total, 0),
  };
}
