import { continentOfCountry } from "@/lib/country-continents";
import type { placeKinds } from "@/lib/enums";
import { foldAccents } from "@/lib/search";
import type { ImportRow, PartnershipStatus, PartnershipType, RowCheck } from "./rows";
import type { SourceRow } from "./sources";

/**
 * What an import would do with each row, decided from the rows and the database as it is (the "world"), without
 * writing anything: the preview shows it, and the apply carries it out in one transaction.
 *
 * A partnership is identified by its two places. The Shandong side is one of the office's own places (is_home), named
 * in English or Chinese (home_city, home_city_zh). The partner is a place in the row's country whose English or
 * Chinese name is the row's (partner_city, partner_city_zh), accents and case ignored ("Quebec" is "Québec"); where
 * several places of the country have the name, partner_region says which. A partner that matches no place is created
 * (the preview says so); the office's own places are never created by an import.
 */

type PlaceKind = (typeof placeKinds)[number];

export interface WorldPlace {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  regionEn: string | null;
  countryCode: string;
}

export interface WorldTie {
  id: number;
  version: number;
  homePlaceId: number;
  partnerPlaceId: number;
  type: PartnershipType;
  status: PartnershipStatus;
  establishedOn: string | null;
  establishedPrecision: "year" | "month" | "day" | null;
  publication: "draft" | "published";
  archived: boolean;
  sources: SourceRow[];
}

export interface ImportWorld {
  homePlaces: WorldPlace[];
  /** The places abroad in the countries the file names. */
  partnerPlaces: WorldPlace[];
  /** The partnerships whose partner is one of partnerPlaces. */
  ties: WorldTie[];
}

/** A partner place the import creates, once however many rows name it. */
export interface NewPlace {
  key: string;
  nameEn: string;
  nameZh: string | null;
  regionEn: string | null;
  countryCode: string;
  continent: NonNullable<ReturnType<typeof continentOfCountry>>;
  kind: PlaceKind;
  latitude: number | null;
  longitude: number | null;
  lines: number[];
}

export interface Difference {
  field: "type" | "established" | "status" | "sources" | "publication";
  before: string;
  after: string;
}

export type PlannedRow =
  | { line: number; label: string; class: "new"; row: ImportRow; home: WorldPlace; partner: { place: WorldPlace } | { create: NewPlace } }
  | { line: number; label: string; class: "changed"; row: ImportRow; tie: WorldTie; differences: Difference[] }
  | { line: number; label: string; class: "unchanged"; row: ImportRow; tie: WorldTie }
  | { line: number; label: string; class: "refused"; reasons: string[] };

export type RowClass = PlannedRow["class"];

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<RowClass, number>;
  newPlaces: NewPlace[];
}

/** Names as an import compares them: accents, case, and runs of spaces ignored. */
export const foldName = (name: string | null | undefined) => foldAccents(name ?? "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

/** "North Shore City (now part of Auckland)" names the place as it was: "North Shore City". */
const formerName = (name: string) => /^(.*\S)\s*\(now\b[^)]*\)$/i.exec(name)?.[1] ?? null;

/** A new place's kind from its name ("Isabel Province", "Gyeongsangnam-do", "Perm Oblast"); a city otherwise. */
export function kindFromName(name: string): PlaceKind {
  if (/\bprefecture\b/i.test(name)) return "prefecture";
  if (/\bprovince\b|-do$/i.test(name)) return "province";
  if (/\bstate\b/i.test(name)) return "state";
  if (/\bcounty\b/i.test(name)) return "county";
  if (/\b(oblast|krai|region|republic)\b/i.test(name)) return "region";
  if (/\bdistrict\b/i.test(name)) return "district";
  return "city";
}

const yearOf = (tie: WorldTie) => (tie.establishedOn ? tie.establishedOn.slice(0, 4) : null);

function differences(row: ImportRow, tie: WorldTie, publish: boolean): Difference[] {
  const out: Difference[] = [];
  if (row.type !== tie.type) out.push({ field: "type", before: tie.type, after: row.type });
  // A year in the file agrees with a fuller date of the same year already recorded (1983-05-12 is "1983").
  const year = row.year === null ? null : String(row.year);
  if (year !== yearOf(tie)) out.push({ field: "established", before: yearOf(tie) ?? "none", after: year ?? "none" });
  if (row.status !== null && row.status !== tie.status) out.push({ field: "status", before: tie.status, after: row.status });
  const citations = tie.sources.map((s) => s.citation);
  if (citations.join("\n") !== row.citations.join("\n")) {
    out.push({ field: "sources", before: citations.join(" | ") || "none", after: row.citations.join(" | ") || "none" });
  }
  if (publish && tie.publication === "draft") out.push({ field: "publication", before: "draft", after: "published" });
  return out;
}

function matchHome(row: ImportRow, homePlaces: WorldPlace[]): WorldPlace | string {
  const byEn = row.homeCity ? homePlaces.filter((p) => foldName(p.nameEn) === foldName(row.homeCity) || foldName(p.nameZh) === foldName(row.homeCity)) : [];
  const byZh = row.homeCityZh ? homePlaces.filter((p) => foldName(p.nameZh) === foldName(row.homeCityZh) || foldName(p.nameEn) === foldName(row.homeCityZh)) : [];
  const en = byEn[0];
  const zh = byZh[0];
  if (en && zh && en.id !== zh.id) return `home_city names ${en.nameEn} and home_city_zh names ${zh.nameEn}: they must name the same place`;
  const home = en ?? zh;
  if (!home) {
    const named = [row.homeCity, row.homeCityZh].filter(Boolean).join(" / ");
    return `home_city: ${named} is not one of the office's places (${homePlaces.map((p) => p.nameEn).join(", ")})`;
  }
  return home;
}

/** The places abroad by country and folded name (English and Chinese): a row's lookup costs what it finds. */
function indexPlaces(places: WorldPlace[]): Map<string, WorldPlace[]> {
  const index = new Map<string, WorldPlace[]>();
  for (const p of places) {
    for (const name of new Set([foldName(p.nameEn), foldName(p.nameZh)])) {
      if (!name) continue;
      const key = `${p.countryCode}\n${name}`;
      const list = index.get(key);
      if (list) list.push(p);
      else index.set(key, [p]);
    }
  }
  return index;
}

function matchPartner(row: ImportRow, index: Map<string, WorldPlace[]>): WorldPlace | "none" | string {
  const named = (names: string[]) => [...new Set(names.filter(Boolean).flatMap((n) => index.get(`${row.countryCode}\n${n}`) ?? []))];
  let found = named([foldName(row.partnerCity), foldName(row.partnerCityZh)]);
  const former = formerName(row.partnerCity);
  if (!found.length && former) found = named([foldName(former)]);
  if (found.length <= 1) return found[0] ?? "none";
  const inRegion = found.filter((p) => foldName(p.regionEn) === foldName(row.partnerRegion));
  if (inRegion.length === 1) return inRegion[0]!;
  const where = found.map((p) => `${p.nameEn}${p.regionEn ? ` (${p.regionEn})` : ""}`).join(", ");
  return `partner_city: ${found.length} places in ${row.countryCode} are named ${row.partnerCity} (${where}); give partner_region to say which`;
}

/**
 * Classifies every row: new (with the partner place to create, if any), changed (with its differences), unchanged, or
 * refused (with every reason). Rows naming the same partnership twice are all refused: the file must say once what it
 * wants. `publish`: the import publishes what it writes, so a draft tie it finds counts as a change.
 */
export function planImport(checks: RowCheck[], world: ImportWorld, options: { publish: boolean; officePlaceId?: number | null }): ImportPlan {
  const office = options.officePlaceId == null ? null : (world.homePlaces.find((p) => p.id === options.officePlaceId) ?? null);
  const partnerIndex = indexPlaces(world.partnerPlaces);
  const ties = new Map(world.ties.map((t) => [`${t.homePlaceId}:${t.partnerPlaceId}`, t]));
  const newPlaces = new Map<string, NewPlace>();

  type Matched = { row: ImportRow; label: string; home: WorldPlace; partner: { place: WorldPlace } | { create: NewPlace } };
  const staged: (Matched | Extract<PlannedRow, { class: "refused" }>)[] = checks.map((check) => {
    if (!check.ok) return { line: check.line, label: check.label, class: "refused" as const, reasons: check.reasons };
    const { row } = check;
    const label = `${row.homeCity || row.homeCityZh} – ${row.partnerCity} (${row.countryCode})`;
    const home = matchHome(row, world.homePlaces);
    const partner = matchPartner(row, partnerIndex);
    const reasons = [typeof home === "string" ? home : null, typeof partner === "string" && partner !== "none" ? partner : null].filter((r): r is string => r !== null);
    // An account of a city's office imports that city's ties only (lib/records/offices.ts).
    if (options.officePlaceId != null && typeof home !== "string" && home.id !== options.officePlaceId) {
      reasons.push(`home_city: ${home.nameEn}'s ties belong to its own office; your account works for ${office?.nameEn ?? "another"}'s office`);
    }
    if (partner === "none") {
      const continent = continentOfCountry(row.countryCode);
      if (!continent) reasons.push(`country_iso2: Amity has no continent for ${row.countryCode}, so it can't create a place there`);
      else {
        const key = `${row.countryCode}:${foldName(row.partnerCity)}:${foldName(row.partnerRegion)}`;
        const place = newPlaces.get(key) ?? {
          key,
          nameEn: row.partnerCity,
          nameZh: row.partnerCityZh,
          regionEn: row.partnerRegion,
          countryCode: row.countryCode,
          continent,
          kind: kindFromName(row.partnerCity),
          latitude: row.coordinates?.latitude ?? null,
          longitude: row.coordinates?.longitude ?? null,
          lines: [],
        };
        place.nameZh ??= row.partnerCityZh;
        if (place.latitude === null && row.coordinates) Object.assign(place, row.coordinates);
        if (!reasons.length) {
          place.lines.push(row.line);
          newPlaces.set(key, place);
        }
        if (!reasons.length) return { row, label, home: home as WorldPlace, partner: { create: place } };
      }
    }
    if (reasons.length || typeof home === "string" || typeof partner === "string") return { line: row.line, label, class: "refused" as const, reasons };
    return { row, label, home, partner: { place: partner } };
  });

  // The same pair twice in the file: every row of it is refused.
  const pairOf = (m: Matched) => `${m.home.id}:${"place" in m.partner ? m.partner.place.id : m.partner.create.key}`;
  const linesByPair = new Map<string, number[]>();
  for (const s of staged) {
    if ("class" in s) continue;
    const lines = linesByPair.get(pairOf(s));
    if (lines) lines.push(s.row.line);
    else linesByPair.set(pairOf(s), [s.row.line]);
  }

  const rows: PlannedRow[] = staged.map((s): PlannedRow => {
    if ("class" in s) return s;
    const { row, label, home, partner } = s;
    const lines = linesByPair.get(pairOf(s))!;
    if (lines.length > 1) {
      const rows = lines.length === 2 ? `rows ${lines[0]} and ${lines[1]} both give` : `rows ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)} all give`;
      return { line: row.line, label, class: "refused", reasons: [`${rows} the partnership ${home.nameEn} – ${row.partnerCity}: keep one`] };
    }
    if ("create" in partner) return { line: row.line, label, class: "new", row, home, partner };
    const tie = ties.get(`${home.id}:${partner.place.id}`);
    if (!tie) return { line: row.line, label, class: "new", row, home, partner };
    if (tie.archived) {
      return { line: row.line, label, class: "refused", reasons: [`the partnership ${home.nameEn} – ${partner.place.nameEn} is archived: restore it before importing into it`] };
    }
    const diff = differences(row, tie, options.publish);
    return diff.length ? { line: row.line, label, class: "changed", row, tie, differences: diff } : { line: row.line, label, class: "unchanged", row, tie };
  });

  // A place to create only for rows that stay: a duplicate pair's place is not made.
  const used = new Set(rows.flatMap((r) => (r.class === "new" && "create" in r.partner ? [r.partner.create.key] : [])));
  const counts: Record<RowClass, number> = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const r of rows) counts[r.class]++;
  return { rows, counts, newPlaces: [...newPlaces.values()].filter((p) => used.has(p.key)) };
}
