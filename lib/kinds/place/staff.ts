import "server-only";
import { staffCountryName } from "@/lib/i18n/staff";
import { pickColumns } from "@/lib/records/kind";
import { listConditions, listPage, listOrder, listStateColumns, type PageOrAll } from "@/lib/records/lists";
import { containsWordSql, searchPatterns } from "@/lib/data/sql";
import { placeKind, type PlaceFields } from "./definition";
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { partnerships, places } from "@/db/schema";
import type { PlaceInput, PlaceListQuery } from "./validation";
import { slugify } from "@/lib/slug";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugConflicts, slugTaken, updateRecord } from "@/lib/records/write";
import { refuseConflicts, type FieldConflict } from "@/lib/records/errors";
import { firstFreeSlug } from "@/lib/data/sql";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";
import { staffName, tieLabel } from "@/lib/records/staff-names";

export async function listPlaces(query: PageOrAll<PlaceListQuery>) {
  const db = await getDb();
  const [folded] = query.q ? await searchPatterns(db, [query.q]) : [];
  const condition = listConditions(
    placeKind,
    query,
    // Names and regions in both languages, folded (lib/search.ts), and the slug: each arm has a trigram index.
    (pattern) => or(containsWordSql(places.searchName, folded!), containsWordSql(places.searchRegion, folded!), ilike(places.slug, pattern)),
    [
      query.side !== undefined && eq(places.isHome, query.side === "home"),
      query.kind !== undefined && eq(places.kind, query.kind),
      query.country !== undefined && eq(places.countryCode, query.country),
    ],
  );
  const order = listOrder(places, query.sort, { country: [asc(places.countryCode), asc(places.nameEn)], default: [asc(places.nameEn), asc(places.id)] });
  return listPage(
    db,
    query.page,
    order,
    db
      .select({
        ...pickColumns(places, ["id", "slug", "nameEn", "nameZh", "kind", "countryCode", "isHome"]),
        partnerships: sql<number>`(select count(*) from ${partnerships} p where p.home_place_id = ${places.id} or p.partner_place_id = ${places.id})`.mapWith(Number),
        ...listStateColumns(places),
      })
      .from(places)
      .where(condition)
      .$dynamic(),
  );
}

export interface PlaceDetail {
  meta: RecordMeta;
  fields: PlaceFields;
  partnerships: { id: number; label: string; publication: "draft" | "published" }[];
}

export async function getPlace({ id }: { id: number }): Promise<PlaceDetail | null> {
  const db = await getDb();
  const meta = await recordMeta(db, places, id);
  if (!meta) return null;
  const [fields, ties] = await Promise.all([
    placeKind.snapshot(db, id),
    db
      .select({ id: partnerships.id, homeName: staffName(home.nameEn, home.nameZh), partnerName: staffName(partner.nameEn, partner.nameZh), publication: partnerships.publication })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)))
      .orderBy(asc(home.nameEn), asc(partner.nameEn)),
  ]);
  return {
    meta,
    fields,
    partnerships: ties.map((t) => ({ id: t.id, label: tieLabel(t.homeName, t.partnerName), publication: t.publication })),
  };
}

/** The places a partnership can join, for its form: the office's own, and those abroad. */
export async function listPlaceOptions(): Promise<{ id: number; nameEn: string; nameZh: string | null; countryCode: string; country: string; isHome: boolean; archived: boolean }[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: places.id,
      nameEn: places.nameEn,
      nameZh: places.nameZh,
      countryCode: places.countryCode,
      isHome: places.isHome,
      archived: sql<boolean>`${places.archivedAt} is not null`,
    })
    .from(places)
    .orderBy(asc(places.countryCode), asc(places.nameEn));
  // Country names made here, not in the browser, whose names differ for a few codes (lib/i18n/staff.ts).
  return rows.map((r) => ({ ...r, country: staffCountryName(r.countryCode) }));
}

/** The fields a place's form edits, which are also what the audit log records of it. */


/**
 * What the database refuses in a place's input, every field at once: an address another place has, and (for an edit)
 * a change of side while partnerships use the place — a partnership joins one of the office's own places to one abroad.
 * Only the fields given are checked: the form's action asks with the fields that parsed when others failed, so these
 * errors come in the same answer; a save asks again in its transaction. `id`: the place being edited (null for a new one).
 */
export async function placeConflicts({ id, input }: { id: number | null; input: Partial<Pick<PlaceInput, "slug" | "isHome">> }, db?: Db): Promise<FieldConflict[]> {
  const q = db ?? (await getDb());
  const conflicts = await slugConflicts(q, places, { id, slug: input.slug });
  if (id !== null && input.isHome !== undefined) {
    const [row] = await q.select({ isHome: places.isHome }).from(places).where(eq(places.id, id));
    if (row && row.isHome !== input.isHome) {
      const [used] = await q
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)))
        .limit(1);
      if (used) conflicts.push({ field: "isHome", key: "isHomeInUse" });
    }
  }
  return conflicts;
}

export function createPlace({ input }: { input: PlaceInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  return createRecord(actor, {
    kind: placeKind,
    next: async (tx) => {
      refuseConflicts(await placeConflicts({ id: null, input }, tx));
      return { ...input, slug: input.slug ?? (await firstFreeSlug(tx, places, slugify(input.nameEn) || "place")) };
    },
    unique: slugTaken,
  });
}

export function updatePlace(
  { id, version, input }: { id: number; version: number; input: PlaceInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: placeKind,
    id,
    version,
    // An emptied address keeps the old one: a published page's URL changes only when someone asks for it.
    next: (before) => ({ ...input, slug: input.slug ?? before.slug }),
    unique: slugTaken,
    // Checked with the row locked at the form's version, so the side it compares with is the one being changed.
    check: async (tx) => refuseConflicts(await placeConflicts({ id, input }, tx)),
  });
}

/** An earlier version written back as an edit (lib/kinds/restore.ts), checked as an edit is. */
export function restorePlace(
  { id, version, fields, note }: { id: number; version: number; fields: PlaceFields; note: Record<string, unknown> },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: placeKind,
    id,
    version,
    next: () => fields,
    unique: slugTaken,
    check: async (tx) => refuseConflicts(await placeConflicts({ id, input: fields }, tx)),
    note,
  });
}

/** A row of the staff list of places. */
export type PlaceListItem = Awaited<ReturnType<typeof listPlaces>>["items"][number];
