import { countryNameIn } from "@/lib/i18n/format";
import type { Cell } from "@/lib/spreadsheet-csv";

/**
 * A partnership as a row of the import's file (lib/import/rows.ts, partnershipFileColumns), in its columns' order: what
 * /data/partnerships.csv writes for each published tie and the staff list's export writes for each listed one, so
 * that either file imports back unchanged. Pure; the reads that give the ties are public-open-data.ts's (tieFileFields).
 */

/** What a row needs of a tie: its two places, its type, year, standing and sources. */
export interface PartnershipFileTie {
  type: string;
  status: string;
  establishedOn: string | null;
  home: { nameEn: string; nameZh: string | null };
  partner: { nameEn: string; nameZh: string | null; regionEn: string | null; countryCode: string; latitude: number | null; longitude: number | null };
  /** In the order staff recorded them. */
  sources: { citation: string }[];
}

export function partnershipFileRow(t: PartnershipFileTie): Cell[] {
  return [
    t.home.nameEn,
    t.home.nameZh,
    t.partner.nameEn,
    t.partner.regionEn,
    countryNameIn("en", t.partner.countryCode),
    t.partner.countryCode,
    t.type,
    // The year alone: what the import reads (a fuller date of the same year stays as recorded). A number, so that a
    // workbook holds it as one; the CSV writes it the same either way.
    t.establishedOn ? Number(t.establishedOn.slice(0, 4)) : null,
    t.sources.map((s) => s.citation).join(" | "),
    t.status,
    t.partner.nameZh,
    t.partner.latitude,
    t.partner.longitude,
  ];
}
