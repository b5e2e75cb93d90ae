import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { partnerships } from "@/db/schema";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";
import { partnershipFileColumns } from "@/lib/import/rows";
import { staffText } from "@/lib/i18n/staff";
import type { Cell } from "@/lib/spreadsheet-csv";
import { defineExport } from "@/lib/records/export";
import { partnershipFileRow, type PartnershipFileTie } from "./file-row";
import { tieFileFields } from "./public-open-data";
import { listPartnerships } from "./staff";
import { partnershipListSchema, type PartnershipListQuery } from "./validation";

/**
 * The partnerships list's export: unlike the other lists', in the import's columns (partnershipFileColumns) and values,
 * one row per listed partnership, drafts included when the list shows them, so that importing the file changes
 * nothing (an archived partnership, which the list shows only when asked, is refused by the import: restore it first).
 */

/** How many ids one read names: well under the 65,535 parameters a PostgreSQL statement may have. */
const idsPerRead = 5_000;

/** The listed partnerships (the list's own query, every row of it) as the import's rows, in the list's order. */
async function partnershipFileTies(query: PartnershipListQuery): Promise<PartnershipFileTie[]> {
  const { items } = await listPartnerships({ ...query, page: "all" });
  const db = await getDb();
  const byId = new Map<number, PartnershipFileTie>();
  for (let i = 0; i < items.length; i += idsPerRead) {
    const ids = items.slice(i, i + idsPerRead).map((p) => p.id);
    const rows = await db
      .select({ id: partnerships.id, ...tieFileFields })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(inArray(partnerships.id, ids));
    for (const { id, ...tie } of rows) byId.set(id, tie);
  }
  // A partnership deleted between the two reads is left out.
  return items.flatMap((p) => byId.get(p.id) ?? []);
}

const widths: Record<(typeof partnershipFileColumns)[number], number> = {
  home_city: 16,
  home_city_zh: 12,
  partner_city: 26,
  partner_region: 22,
  country: 18,
  country_iso2: 8,
  relationship_type: 18,
  established_year: 10,
  source: 60,
  status: 14,
  partner_city_zh: 14,
  latitude: 11,
  longitude: 11,
};

export const partnershipExport = defineExport(() => ({
  file: "partnerships",
  sheet: staffText("Partnerships")("title"),
  schema: partnershipListSchema,
  rows: async (query: PartnershipListQuery): Promise<Cell[][]> => (await partnershipFileTies(query)).map(partnershipFileRow),
  columns: partnershipFileColumns.map((header, i) => ({ header, width: widths[header], cell: (row: Cell[]) => row[i] })),
}));
