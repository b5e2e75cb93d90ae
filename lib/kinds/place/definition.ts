import "server-only";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { qualified } from "@/lib/records/offices";
import { defineKind, pickColumns, type Use } from "@/lib/records/kind";
import type { PlaceField } from "./validation";
import { partnershipPages } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { asc, eq, or, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { partnerships, places } from "@/db/schema";
import { RecordNotFoundError } from "@/lib/records/errors";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";

/** A place's fields that staff edit: its own columns, no rows of its own. */
export const editable = pickColumns(places, [
  "slug", "nameEn", "nameZh", "kind", "isHome", "regionEn", "regionZh", "countryCode", "continent",
  "latitude", "longitude", "population", "descriptionEn", "descriptionZh", "successorEn", "successorZh",
]);

export type PlaceFields = Pick<typeof places.$inferSelect, keyof typeof editable>;

/** A place as its form shows it. */
export function placeFormValues(f: PlaceFields): FormValues {
  return recordFormValues<PlaceField, PlaceFields>(f, [
    "slug", "nameEn", "nameZh", "kind", "isHome", "regionEn", "regionZh", "countryCode", "continent",
    "latitude", "longitude", "population", "descriptionEn", "descriptionZh", "successorEn", "successorZh",
  ]);
}

export async function snapshot(tx: Db | Tx, id: number): Promise<PlaceFields> {
  const [row] = await tx.select(editable).from(places).where(eq(places.id, id));
  if (!row) throw new RecordNotFoundError(`No place ${id}.`);
  return row;
}

/** Which public pages show it (lib/records/impact.ts). */
async function impact(tx: Tx, id: number): Promise<string[]> {
  const [place] = await tx
    .select({ slug: places.slug, country: places.countryCode, isHome: places.isHome, publication: places.publication })
    .from(places)
    .where(eq(places.id, id));
  if (!place || place.publication !== "published") return [];
  // The office's own places are named on nearly every page.
  if (place.isHome) return [tag.all];
  const ties = await tx
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)));
  return tagSet(tag.ties, tag.place(place.slug), tag.country(place.country), ...(await partnershipPages(tx, ties.map((t) => t.id))));
}

/** What depends on a place: the partnerships it is a side of. */
async function uses(tx: Tx, id: number): Promise<Use[]> {
  const rows = await tx
    .select({ home: home.nameEn, partner: partner.nameEn })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)))
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  return rows.map((r) => ({ kind: "partnership", label: `${r.home} – ${r.partner}` }));
}

export const placeKind = defineKind({
  name: "place",
  section: "places",
  messages: "Places",
  table: places,
  snapshot,
  impact,
  uses: uses,
  title: sql<string>`${places.nameEn}`,
  titleZh: sql<string | null>`nullif(${places.nameZh}, '')`,
  // Its name and region are proper names, shown in Latin letters (marked lang="en") where they have no Chinese; still,
  // a Chinese page reads better with them, so their editors are told.
  // A home place is its own office's (the top office's for the province); partner places are every office's to keep,
  // since one partner city may have ties with several of the province's cities. "My office" lists its place and partners.
  office: {
    changes: (office) => sql<boolean>`(not ${qualified(places.isHome)} or ${qualified(places.id)} = ${office})`,
    lists: (office) =>
      sql<boolean>`(${qualified(places.id)} = ${office} or exists (select 1 from ${partnerships} t where t.partner_place_id = ${qualified(places.id)} and t.home_place_id = ${office}))`,
  },
  translated: [
    { en: "nameEn", zh: "nameZh", required: true },
    { en: "regionEn", zh: "regionZh" },
    { en: "descriptionEn", zh: "descriptionZh" },
    { en: "successorEn", zh: "successorZh" },
  ],
  reads: {
    kind: { enum: "placeKinds" },
    countryCode: { country: true },
    continent: { enum: "continents" },
  },
});
