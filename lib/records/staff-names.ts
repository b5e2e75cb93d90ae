import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { staffLocale } from "@/lib/i18n/staff-locale";

/**
 * Records' own names as the staff workspace shows them (in lists, pickers, the dashboard): in Chinese for a reader
 * who works in Chinese, where the record has a Chinese name, else in English. Read at query time, in the language of
 * the request that asks (lib/i18n/staff-locale.ts). Searching still looks in both.
 */
export function staffName(en: AnyColumn | SQL, zh: AnyColumn | SQL): SQL<string> {
  return staffLocale() === "zh" ? sql<string>`coalesce(nullif(${zh}, ''), ${en})` : sql<string>`${en}`;
}

/** A partnership's label from its two places' names: "Jinan – Vantaa", or "济南市—万塔市". */
export function tieLabel(home: string, partner: string): string {
  return staffLocale() === "zh" ? `${home}—${partner}` : `${home} – ${partner}`;
}

/** The same label as an SQL expression over the two places' name columns. */
export function tieLabelSql(home: { nameEn: AnyColumn; nameZh: AnyColumn }, partner: { nameEn: AnyColumn; nameZh: AnyColumn }): SQL<string> {
  const separator = staffLocale() === "zh" ? "—" : " – ";
  return sql<string>`${staffName(home.nameEn, home.nameZh)} || ${separator} || ${staffName(partner.nameEn, partner.nameZh)}`;
}

/** staffName for a row already read: its Chinese name for a Chinese reader where it has one. */
export function staffPick(en: string, zh: string | null | undefined): string {
  return staffLocale() === "zh" && zh ? zh : en;
}
