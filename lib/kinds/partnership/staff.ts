import "server-only";
import { pickColumns } from "@/lib/records/kind";
import { listConditions, listPage, listOrder, listStateColumns, type PageOrAll } from "@/lib/records/lists";
import { partnershipFields, partnershipKind, type PartnershipFields } from "./definition";
import { and, asc, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias, unionAll } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnershipSources, partnershipSteps, partnerships, places } from "@/db/schema";
import type { PartnershipInput, PartnershipListQuery } from "./validation";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugConflicts, slugTaken, updateRecord } from "@/lib/records/write";
import { FieldConflictError, refuseConflicts, type FieldConflict } from "@/lib/records/errors";
import { broadPatterns, containsWordSql, firstFreeSlug, searchPatterns } from "@/lib/data/sql";
import { searchWords } from "@/lib/search";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";
import { staffName, staffPick, tieLabel } from "@/lib/records/staff-names";

/** Aliases for the search's subqueries, apart from the outer query's partnerships, `home` and `partner`. */
const matched = alias(partnerships, "matched");
const place = alias(places, "place");

/**
 * Partnerships that staff find by what they type: every word (lib/search.ts) in a name of either place, in either
 * language and whatever its accents, in the slug, or the partner's country code. A narrow word is looked up through
 * the indexes (its arms unioned), so that a search costs what it finds, not what the table holds; a broad one
 * (broadPatterns) is tested on each partnership, the places it names hashed once.
 */
async function partnershipsMatching(db: Db, q: string): Promise<SQL | undefined> {
  const words = searchWords(q);
  if (!words.length) return undefined;
  const patterns = await searchPatterns(db, words);
  const broad = await broadPatterns(db, patterns, [places.searchName, partnerships.slug]);
  return and(
    ...words.map((word, i) => {
      const pattern = patterns[i]!;
      // Home places are the office's own (a partnership's home side must be one when it is saved): saying so tells the
      // planner how few they are.
      const named = (isHome: boolean) =>
        db.select({ id: place.id }).from(place).where(and(isHome ? eq(place.isHome, true) : undefined, containsWordSql(place.searchName, pattern)));
      const country = /^[a-z]{2}$/i.test(word) ? word.toUpperCase() : null;
      const inCountry = country ? db.select({ id: place.id }).from(place).where(eq(place.countryCode, country)) : null;
      if (broad[i]) {
        return or(
          ilike(partnerships.slug, pattern),
          inArray(partnerships.partnerPlaceId, named(false)),
          inArray(partnerships.homePlaceId, named(true)),
          inCountry ? inArray(partnerships.partnerPlaceId, inCountry) : undefined,
        )!;
      }
      const arms = [
        db.select({ id: matched.id }).from(matched).where(ilike(matched.slug, pattern)),
        db.select({ id: matched.id }).from(matched).where(inArray(matched.partnerPlaceId, named(false))),
        db.select({ id: matched.id }).from(matched).where(inArray(matched.homePlaceId, named(true))),
        ...(inCountry ? [db.select({ id: matched.id }).from(matched).where(inArray(matched.partnerPlaceId, inCountry))] : []),
      ] as const;
      return inArray(partnerships.id, unionAll(...arms));
    }),
  );
}

export async function listPartnerships(query: PageOrAll<PartnershipListQuery>) {
  const db = await getDb();
  const matching = query.q ? await partnershipsMatching(db, query.q) : undefined;
  const condition = listConditions(
    partnershipKind,
    query,
    () => matching,
    [
      query.type !== undefined && eq(partnerships.type, query.type),
      query.status !== undefined && eq(partnerships.status, query.status),
      query.home !== undefined && eq(partnerships.homePlaceId, query.home),
    ],
  );
  const order = listOrder(partnerships, query.sort, { established: [sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn)], default: [asc(home.nameEn), asc(partner.nameEn), asc(partnerships.id)] });
  return listPage(
    db,
    query.page,
    order,
    db
      .select({
        ...pickColumns(partnerships, ["id", "slug", "type", "status", "establishedOn", "establishedPrecision"]),
        homeName: staffName(home.nameEn, home.nameZh),
        partnerName: staffName(partner.nameEn, partner.nameZh),
        partnerNameZh: partner.nameZh,
        countryCode: partner.countryCode,
        ...listStateColumns(partnerships),
      })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(condition)
      .$dynamic(),
  );
}

export interface AttachedItem {
  id: number;
  title: string;
  date: string | null;
  precision: "year" | "month" | "day" | null;
  publication: "draft" | "published";
}

export interface PartnershipDetail {
  meta: RecordMeta;
  fields: PartnershipFields;
  label: string;
  home: { id: number; nameEn: string; nameZh: string | null; publication: "draft" | "published" };
  partner: { id: number; nameEn: string; nameZh: string | null; publication: "draft" | "published" };
  agreements: AttachedItem[];
  delegations: AttachedItem[];
  events: AttachedItem[];
}

export async function getPartnership({ id }: { id: number }): Promise<PartnershipDetail | null> {
  const db = await getDb();
  const meta = await recordMeta(db, partnerships, id);
  if (!meta) return null;
  const [row] = await db
    .select({
      home: { id: home.id, nameEn: home.nameEn, nameZh: home.nameZh, publication: home.publication },
      partner: { id: partner.id, nameEn: partner.nameEn, nameZh: partner.nameZh, publication: partner.publication },
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(eq(partnerships.id, id));
  if (!row) return null;
  const [fields, agreementRows, delegationRows, eventRows] = await Promise.all([
    partnershipKind.snapshot(db, id),
    db
      .select({ id: agreements.id, title: staffName(agreements.titleEn, agreements.titleZh), date: agreements.signedOn, precision: agreements.signedPrecision, publication: agreements.publication })
      .from(agreements)
      .where(eq(agreements.partnershipId, id))
      .orderBy(sql`${agreements.signedOn} desc nulls first`, desc(agreements.id)),
    db
      .select({ id: delegations.id, title: staffName(delegations.titleEn, delegations.titleZh), date: delegations.startsOn, precision: delegations.datePrecision, publication: delegations.publication })
      .from(delegationPartnerships)
      .innerJoin(delegations, eq(delegations.id, delegationPartnerships.delegationId))
      .where(eq(delegationPartnerships.partnershipId, id))
      .orderBy(desc(delegations.startsOn), desc(delegations.id)),
    db
      .select({ id: events.id, title: staffName(events.titleEn, events.titleZh), date: events.startsOn, precision: events.datePrecision, publication: events.publication })
      .from(eventPartnerships)
      .innerJoin(events, eq(events.id, eventPartnerships.eventId))
      .where(eq(eventPartnerships.partnershipId, id))
      .orderBy(sql`${events.startsOn} desc nulls first`, desc(events.id)),
  ]);
  return {
    ...row,
    meta,
    fields,
    label: tieLabel(staffPick(row.home.nameEn, row.home.nameZh), staffPick(row.partner.nameEn, row.partner.nameZh)),
    agreements: agreementRows,
    delegations: delegationRows,
    events: eventRows,
  };
}

export interface PartnershipOption {
  id: number;
  /** Both places' English names ("Jinan – Vantaa"). */
  label: string;
  /** Its stage, which the agreement form may move on. */
  status: string;
}

/** How many partnerships a picker's search offers at most: enough to choose from, never the whole table. */
export const partnershipOptionLimit = 20;

function selectOptions(db: Db) {
  return db
    .select({
      id: partnerships.id,
      status: partnerships.status,
      homeName: staffName(home.nameEn, home.nameZh),
      partnerName: staffName(partner.nameEn, partner.nameZh),
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .$dynamic();
}

function toOption(r: Awaited<ReturnType<typeof selectOptions>>[number]): PartnershipOption {
  return { id: r.id, label: tieLabel(r.homeName, r.partnerName), status: r.status };
}

/**
 * The partnerships a picker offers for what staff typed (names in either language, slug, country code; see
 * partnershipsMatching), archived ones left out: at most `limit`, by their Shandong side and then their partner.
 * Nothing for an empty search.
 */
export async function searchPartnershipOptions({ q, limit = partnershipOptionLimit }: { q: string; limit?: number }): Promise<PartnershipOption[]> {
  const db = await getDb();
  const matching = await partnershipsMatching(db, q);
  if (!matching) return [];
  const rows = await selectOptions(db)
    .where(and(isNull(partnerships.archivedAt), matching))
    .orderBy(asc(home.nameEn), asc(partner.nameEn), asc(partnerships.id))
    .limit(limit);
  return rows.map(toOption);
}

/** The given partnerships as a picker shows them once chosen (archived ones too: a record may still link one). */
export async function getPartnershipOptions({ ids }: { ids: number[] }): Promise<PartnershipOption[]> {
  const wanted = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))];
  if (!wanted.length) return [];
  const db = await getDb();
  const rows = await selectOptions(db).where(inArray(partnerships.id, wanted)).orderBy(asc(home.nameEn), asc(partner.nameEn));
  return rows.map(toOption);
}

/**
 * What the database refuses in a partnership's input, every field at once: a place that does not exist, or is on the
 * wrong side (the first must be one of the office's own, the second abroad); a pair of places, or an address, that
 * another partnership has. Only the fields given are checked: the form's action asks with the fields that parsed when
 * others failed, so these errors come in the same answer; a save asks again in its transaction, where the unique
 * constraints still catch a race. `id`: the partnership being edited (null for a new one).
 */
export async function partnershipConflicts(
  { id, input }: { id: number | null; input: Partial<Pick<PartnershipInput, "homePlaceId" | "partnerPlaceId" | "slug">> },
  db?: Db,
): Promise<FieldConflict[]> {
  const q = db ?? (await getDb());
  const { homePlaceId, partnerPlaceId } = input;
  const wanted = [homePlaceId, partnerPlaceId].filter((p): p is number => p !== undefined);
  const rows = wanted.length ? await q.select({ id: places.id, isHome: places.isHome }).from(places).where(inArray(places.id, wanted)) : [];
  const conflicts: FieldConflict[] = [];
  const homePlace = rows.find((r) => r.id === homePlaceId);
  const partnerPlace = rows.find((r) => r.id === partnerPlaceId);
  if (homePlaceId !== undefined) {
    if (!homePlace) conflicts.push({ field: "homePlaceId", key: "unknownPlace" });
    else if (!homePlace.isHome) conflicts.push({ field: "homePlaceId", key: "homePlaceNeeded" });
  }
  if (partnerPlaceId !== undefined) {
    if (!partnerPlace) conflicts.push({ field: "partnerPlaceId", key: "unknownPlace" });
    else if (partnerPlace.isHome) conflicts.push({ field: "partnerPlaceId", key: "partnerPlaceForeign" });
  }
  if (homePlace && partnerPlace && homePlaceId !== partnerPlaceId) {
    const [pair] = await q
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(and(eq(partnerships.homePlaceId, homePlace.id), eq(partnerships.partnerPlaceId, partnerPlace.id), id === null ? undefined : ne(partnerships.id, id)))
      .limit(1);
    if (pair) conflicts.push({ field: "partnerPlaceId", key: "pairTaken" });
  }
  return [...conflicts, ...(await slugConflicts(q, partnerships, { id, slug: input.slug }))];
}

/** Refuses the input with everything the database refuses in it (see partnershipConflicts); the places' slugs. */
async function checkInput(tx: Tx, id: number | null, input: PartnershipInput) {
  refuseConflicts(await partnershipConflicts({ id, input }, tx));
  const rows = await tx.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.id, [input.homePlaceId, input.partnerPlaceId]));
  const slugOf = (placeId: number) => rows.find((r) => r.id === placeId)!.slug;
  return { homeSlug: slugOf(input.homePlaceId), partnerSlug: slugOf(input.partnerPlaceId) };
}

export async function writeSources(tx: Tx, id: number, { sources }: PartnershipFields, fresh = false) {
  if (!fresh) await tx.delete(partnershipSources).where(eq(partnershipSources.partnershipId, id));
  if (sources.length) {
    await tx.insert(partnershipSources).values(sources.map((s, position) => ({ ...s, partnershipId: id, position })));
  }
}

export async function writeSteps(tx: Tx, id: number, { steps }: PartnershipFields, fresh = false) {
  if (!fresh) await tx.delete(partnershipSteps).where(eq(partnershipSteps.partnershipId, id));
  if (steps.length) {
    await tx.insert(partnershipSteps).values(steps.map((s, position) => ({ ...s, partnershipId: id, position })));
  }
}

/** The pair of places, or the slug, that another partnership has. */
const pairOrSlugTaken = (constraint: string) =>
  constraint === "partnerships_home_partner_key" ? new FieldConflictError("partnerPlaceId", "pairTaken") : slugTaken();

export function createPartnership({ input }: { input: PartnershipInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  return createRecord(actor, {
    kind: partnershipKind,
    next: async (tx) => {
      const names = await checkInput(tx, null, input);
      return partnershipFields(input, input.slug ?? (await firstFreeSlug(tx, partnerships, `${names.homeSlug}-${names.partnerSlug}`)));
    },
    owned: { sources: writeSources, steps: writeSteps },
    unique: pairOrSlugTaken,
  });
}

export function updatePartnership(
  { id, version, input }: { id: number; version: number; input: PartnershipInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: partnershipKind,
    id,
    version,
    check: async (tx) => void (await checkInput(tx, id, input)),
    next: (before) => partnershipFields(input, input.slug ?? before.slug),
    owned: { sources: writeSources, steps: writeSteps },
    unique: pairOrSlugTaken,
  });
}

/** An earlier version written back as an edit (lib/kinds/restore.ts), checked as an edit is. */
export function restorePartnership(
  { id, version, fields, note }: { id: number; version: number; fields: PartnershipFields; note: Record<string, unknown> },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: partnershipKind,
    id,
    version,
    check: async (tx) => refuseConflicts(await partnershipConflicts({ id, input: fields }, tx)),
    next: () => fields,
    owned: { sources: writeSources, steps: writeSteps },
    unique: pairOrSlugTaken,
    note,
  });
}

/** A row of the staff list of partnerships. */
export type PartnershipListItem = Awaited<ReturnType<typeof listPartnerships>>["items"][number];
