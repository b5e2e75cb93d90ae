import "server-only";
import { asc, desc, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { partnerships, partnershipSources } from "@/db/schema";
import { isoTimestamp } from "@/lib/data/sql";
import { home, partner, selectPublicTies } from "@/lib/data/ties";
import { placeColumns, type ProfilePlace } from "@/lib/kinds/place/public";
import type { PartnershipProfile } from "./public-profile";
import type { SourceKind } from "./sources";

/**
 * The published partnerships whole, for the open data files (lib/data/open-data.ts): every public tie (a published
 * partnership between two published places, selectPublicTies) with both places and its sources. A draft place never
 * shows, not even by name: its ties are not public.
 */

export interface OpenSource {
  citation: string;
  url: string | null;
  titleEn: string | null;
  titleZh: string | null;
  kind: SourceKind | null;
}

export interface OpenPartnership
  extends Pick<PartnershipProfile, "slug" | "type" | "status" | "establishedOn" | "establishedPrecision" | "summaryEn" | "summaryZh"> {
  /** ISO 8601, UTC: the latest change to the tie or to either of its places (a renamed place changes its rows). */
  updatedAt: string;
  home: { slug: string; nameEn: string; nameZh: string | null; countryCode: string };
  /** With what the place is now, where it has merged or been renamed ("Auckland (merged in 2010)"). */
  partner: ProfilePlace;
  /** In the order staff recorded them: the first is the one the year and type come from. */
  sources: OpenSource[];
}

/**
 * The tie's sources as a JSON array in its row (no query per tie). The outer row's id is written out qualified, as in
 * signatoriesJson (lib/kinds/agreement/public.ts).
 */
const sourcesJson = sql<OpenSource[]>`coalesce((select json_agg(json_build_object(
    'citation', s.citation, 'url', s.url, 'titleEn', s.title_en, 'titleZh', s.title_zh, 'kind', s.kind) order by s.position)
  from ${partnershipSources} s where s.partnership_id = "partnerships"."id"), '[]'::json)`;

/**
 * What a row of the import's file needs of a tie (file-row.ts), as columns of a query from `partnerships` with `home`
 * and `partner` joined: the open data files and the staff list's export (staff-export.ts) select it.
 */
export const tieFileFields = {
  type: partnerships.type,
  status: partnerships.status,
  establishedOn: partnerships.establishedOn,
  establishedPrecision: partnerships.establishedPrecision,
  home: { slug: home.slug, nameEn: home.nameEn, nameZh: home.nameZh, countryCode: home.countryCode },
  partner: placeColumns(partner),
  sources: sourcesJson,
};

/** Every public tie: the province's first, then each Shandong city's by name, each oldest first (undated last). */
export async function listOpenPartnerships(): Promise<OpenPartnership[]> {
  const db = await getDb();
  return selectPublicTies(db, {
    ...tieFileFields,
    slug: partnerships.slug,
    summaryEn: partnerships.summaryEn,
    summaryZh: partnerships.summaryZh,
    updatedAt: isoTimestamp(sql`greatest(${partnerships.updatedAt}, ${home.updatedAt}, ${partner.updatedAt})`),
  }).orderBy(
    desc(sql`${home.kind} = 'province'`),
    asc(home.nameEn),
    sql`${partnerships.establishedOn} asc nulls last`,
    asc(partner.nameEn),
    asc(partnerships.id),
  );
}
