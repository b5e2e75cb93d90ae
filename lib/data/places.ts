import "server-only";
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { partnerships, places, users } from "@/db/schema";
import { staffPageSize } from "@/lib/validation/lists";
import type { PlaceInput, PlaceListQuery } from "@/lib/validation/places";
import { slugify } from "@/lib/slug";
import { recordAudit } from "./audit";
import { placeImpact } from "./impact";
import {
  assertRole,
  atVersion,
  changedFields,
  ConflictError,
  FieldConflictError,
  lockVersion,
  nextVersion,
  RecordNotFoundError,
  uniqueViolation,
  type Actor,
  type RecordMeta,
} from "./records";
import { containsPattern, firstFreeSlug, isoTimestamp } from "./sql";
import { home, joinHome, joinPartner, partner } from "./ties";

const createdBy = alias(users, "created_by");
const updatedBy = alias(users, "updated_by");

/** The fields a place's form edits, which are also what the audit log records of it. */
const editable = {
  slug: places.slug,
  nameEn: places.nameEn,
  nameZh: places.nameZh,
  kind: places.kind,
  isHome: places.isHome,
  regionEn: places.regionEn,
  countryCode: places.countryCode,
  continent: places.continent,
  latitude: places.latitude,
  longitude: places.longitude,
  population: places.population,
  descriptionEn: places.descriptionEn,
  descriptionZh: places.descriptionZh,
};

export type PlaceFields = { [K in keyof typeof editable]: (typeof places.$inferSelect)[K] };

export interface PlaceListItem {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  countryCode: string;
  isHome: boolean;
  publication: "draft" | "published";
  archived: boolean;
  partnerships: number;
  updatedAt: string;
}

export async function listPlaces(query: PlaceListQuery): Promise<{ items: PlaceListItem[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.q) {
    const p = containsPattern(query.q);
    where.push(or(ilike(places.nameEn, p), ilike(places.nameZh, p), ilike(places.slug, p), ilike(places.regionEn, p))!);
  }
  if (query.publication) where.push(eq(places.publication, query.publication));
  where.push(query.archived === "only" ? isNotNull(places.archivedAt) : query.archived === "include" ? sql`true` : isNull(places.archivedAt));
  if (query.side) where.push(eq(places.isHome, query.side === "home"));
  if (query.kind) where.push(eq(places.kind, query.kind));
  if (query.country) where.push(eq(places.countryCode, query.country));
  const condition = and(...where);
  const [totalRow] = await db.select({ n: count() }).from(places).where(condition);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / staffPageSize));
  const page = Math.min(query.page, pages);
  const order =
    query.sort === "country"
      ? [asc(places.countryCode), asc(places.nameEn)]
      : query.sort === "updated"
        ? [desc(places.updatedAt), desc(places.id)]
        : [asc(places.nameEn), asc(places.id)];
  const items = await db
    .select({
      id: places.id,
      slug: places.slug,
      nameEn: places.nameEn,
      nameZh: places.nameZh,
      kind: places.kind,
      countryCode: places.countryCode,
      isHome: places.isHome,
      publication: places.publication,
      archived: sql<boolean>`${places.archivedAt} is not null`,
      partnerships: sql<number>`(select count(*) from ${partnerships} p where p.home_place_id = ${places.id} or p.partner_place_id = ${places.id})`.mapWith(Number),
      updatedAt: isoTimestamp(places.updatedAt),
    })
    .from(places)
    .where(condition)
    .orderBy(...order)
    .limit(staffPageSize)
    .offset((page - 1) * staffPageSize);
  return { items, total, page, pages };
}

export interface PlaceDetail {
  meta: RecordMeta;
  fields: PlaceFields;
  partnerships: { id: number; label: string; publication: "draft" | "published" }[];
}

export { snapshot as placeSnapshot };

export async function getPlace({ id }: { id: number }): Promise<PlaceDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      fields: editable,
      meta: {
        id: places.id,
        version: places.version,
        publication: places.publication,
        archivedAt: sql<string | null>`case when ${places.archivedAt} is null then null else ${isoTimestamp(places.archivedAt)} end`,
        createdAt: isoTimestamp(places.createdAt),
        createdBy: createdBy.name,
        updatedAt: isoTimestamp(places.updatedAt),
        updatedBy: updatedBy.name,
      },
    })
    .from(places)
    .leftJoin(createdBy, eq(createdBy.id, places.createdById))
    .leftJoin(updatedBy, eq(updatedBy.id, places.updatedById))
    .where(eq(places.id, id));
  if (!row) return null;
  const ties = await db
    .select({ id: partnerships.id, homeName: home.nameEn, partnerName: partner.nameEn, publication: partnerships.publication })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)))
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  return {
    meta: row.meta,
    fields: row.fields,
    partnerships: ties.map((t) => ({ id: t.id, label: `${t.homeName} – ${t.partnerName}`, publication: t.publication })),
  };
}

/** The places a partnership can join, for its form: the office's own, and those abroad. */
export async function listPlaceOptions(): Promise<{ id: number; nameEn: string; nameZh: string | null; countryCode: string; isHome: boolean; archived: boolean }[]> {
  const db = await getDb();
  return db
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
}

async function snapshot(tx: Db | Tx, id: number): Promise<PlaceFields> {
  const [row] = await tx.select(editable).from(places).where(eq(places.id, id));
  if (!row) throw new RecordNotFoundError(`No place ${id}.`);
  return row;
}

function slugTaken(error: unknown): never {
  if (uniqueViolation(error) !== null) throw new FieldConflictError("slug", "slugTaken");
  throw error;
}

async function freeSlug(tx: Tx, wanted: string | null, name: string): Promise<string> {
  return wanted ?? (await firstFreeSlug(tx, places, slugify(name) || "place"));
}

export async function createPlace({ input }: { input: PlaceInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const slug = await freeSlug(tx, input.slug, input.nameEn);
      const [created] = await tx
        .insert(places)
        .values({ ...input, slug, createdById: actor.id, updatedById: actor.id })
        .returning({ id: places.id });
      const after = await snapshot(tx, created!.id);
      await recordAudit(tx, { actor, action: "create", entityType: "place", entityId: created!.id, after: { ...after, publication: "draft" } });
      return { id: created!.id, tags: [] };
    });
  } catch (error) {
    slugTaken(error);
  }
}

export async function updatePlace(
  { id, version, input }: { id: number; version: number; input: PlaceInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockVersion(tx, places, id, version);
      const before = await snapshot(tx, id);
      // An emptied address keeps the old one: a published page's URL changes only when someone asks for it.
      const next = { ...input, slug: input.slug ?? before.slug };
      const diff = changedFields(before, next);
      if (!diff) return { id, changed: false, tags: [] };
      const tagsBefore = await placeImpact(tx, id);
      const updated = await tx
        .update(places)
        .set({ ...next, ...nextVersion(places, actor) })
        .where(atVersion(places, id, version))
        .returning({ id: places.id });
      if (!updated.length) throw new ConflictError(null, new Date().toISOString());
      await recordAudit(tx, { actor, action: "update", entityType: "place", entityId: id, ...diff });
      return { id, changed: true, tags: [...new Set([...tagsBefore, ...(await placeImpact(tx, id))])] };
    });
  } catch (error) {
    slugTaken(error);
  }
}
