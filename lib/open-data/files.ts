import type { OpenAgreement } from "@/lib/kinds/agreement/public";
import { partnershipFileColumns } from "@/lib/import/rows";
import type { OpenEvent } from "@/lib/kinds/event/public";
import { partnershipFileRow } from "@/lib/kinds/partnership/file-row";
import type { OpenPartnership } from "@/lib/kinds/partnership/public-open-data";
import { countryNameIn } from "@/lib/i18n/format";
import { spreadsheetCsv } from "@/lib/spreadsheet-csv";
import { licenceMember, openDataPublisher } from "./licence";

/**
 * The open data files (/data/*), written from the published records: what each is called, its type, and how its text
 * is made. Pure: the reads are lib/data/open-data.ts's, the HTTP is app/data/[file]/route.ts's.
 */

export const openDataFiles = {
  "partnerships.csv": { contentType: "text/csv; charset=utf-8", disposition: "attachment" },
  "partnerships.json": { contentType: "application/json", disposition: "inline" },
  "places.geojson": { contentType: "application/geo+json", disposition: "inline" },
  "events.json": { contentType: "application/json", disposition: "inline" },
  "agreements.json": { contentType: "application/json", disposition: "inline" },
} as const;

export type OpenDataFileName = keyof typeof openDataFiles;
export const openDataFileNames = Object.keys(openDataFiles) as OpenDataFileName[];

export function isOpenDataFileName(name: string): name is OpenDataFileName {
  return Object.hasOwn(openDataFiles, name);
}

/**
 * The columns of /data/partnerships.csv: those of the office's shared list (shared/data/shandong-partnerships.csv,
 * db/seed-data's copy), in its order, so that an export reads back in as an import; then what the portal adds.
 */
export const partnershipCsvColumns = partnershipFileColumns;

/** A date at its recorded precision, as ISO 8601 writes a reduced one: "1979", "2021-10", "2021-10-20". */
export function partialDate(on: string | null, precision: "year" | "month" | "day" | null): string | null {
  if (!on || !precision) return null;
  return precision === "year" ? on.slice(0, 4) : precision === "month" ? on.slice(0, 7) : on.slice(0, 10);
}

/** The latest of ISO 8601 timestamps (they sort as text), or null for none. */
export function latestOf(times: (string | null | undefined)[]): string | null {
  return times.reduce<string | null>((max, t) => (t && (max === null || t > max) ? t : max), null);
}

/** What every JSON file says of itself, before its records. */
interface Envelope {
  siteUrl: string;
  /** ISO 8601, UTC: the latest change of what the file holds (lib/data/open-data.ts); null for an empty file. */
  lastModified: string | null;
}

function header(title: string, titleZh: string, { siteUrl, lastModified }: Envelope) {
  return {
    title,
    titleZh,
    publisher: openDataPublisher.en,
    publisherZh: openDataPublisher.zh,
    licence: licenceMember(),
    documentation: `${siteUrl}/en/data`,
    lastModified,
  };
}

// Compact: a reader's browser or tool indents it; the file stays small at any number of records.
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

export function partnershipsCsv(ties: OpenPartnership[]): string {
  return spreadsheetCsv(partnershipCsvColumns, ties.map(partnershipFileRow));
}

export function partnershipsJson(ties: OpenPartnership[], envelope: Envelope): string {
  return json({
    ...header("Shandong International Partnerships: partnerships", "山东国际友好城市：友好关系", envelope),
    count: ties.length,
    partnerships: ties.map((t) => ({
      slug: t.slug,
      url: `${envelope.siteUrl}/en/partners/${t.slug}`,
      type: t.type,
      status: t.status,
      established: partialDate(t.establishedOn, t.establishedPrecision),
      establishedPrecision: t.establishedPrecision,
      summaryEn: t.summaryEn,
      summaryZh: t.summaryZh,
      home: t.home,
      partner: { ...t.partner, country: countryNameIn("en", t.partner.countryCode), countryZh: countryNameIn("zh", t.partner.countryCode) },
      sources: t.sources,
      updatedAt: t.updatedAt,
    })),
  });
}

/**
 * The partner places as an RFC 7946 FeatureCollection: one Point feature per place with a recorded position
 * ([longitude, latitude]), with its ties. A place whose position the sources don't give is left out; the collection
 * says how many in its foreign member `placesWithoutPosition`, and partnerships.json has them all.
 */
export function placesGeoJson(ties: OpenPartnership[], envelope: Envelope): { body: string; features: number; unlocated: number } {
  const places = new Map<string, { place: OpenPartnership["partner"]; ties: OpenPartnership[] }>();
  for (const tie of ties) {
    const entry = places.get(tie.partner.slug) ?? { place: tie.partner, ties: [] };
    entry.ties.push(tie);
    places.set(tie.partner.slug, entry);
  }
  const all = [...places.values()].sort((a, b) => (a.place.nameEn < b.place.nameEn ? -1 : a.place.nameEn > b.place.nameEn ? 1 : 0));
  const located = all.filter(({ place }) => place.latitude !== null && place.longitude !== null);
  const features = located.map(({ place, ties: own }) => ({
    type: "Feature",
    id: place.slug,
    geometry: { type: "Point", coordinates: [place.longitude, place.latitude] },
    properties: {
      slug: place.slug,
      url: `${envelope.siteUrl}/en/cities/${place.slug}`,
      nameEn: place.nameEn,
      nameZh: place.nameZh,
      kind: place.kind,
      regionEn: place.regionEn,
      regionZh: place.regionZh,
      successorEn: place.successorEn,
      successorZh: place.successorZh,
      countryCode: place.countryCode,
      country: countryNameIn("en", place.countryCode),
      countryZh: countryNameIn("zh", place.countryCode),
      continent: place.continent,
      partnerships: own.map((t) => ({
        slug: t.slug,
        url: `${envelope.siteUrl}/en/partners/${t.slug}`,
        type: t.type,
        status: t.status,
        established: partialDate(t.establishedOn, t.establishedPrecision),
        home: { slug: t.home.slug, nameEn: t.home.nameEn, nameZh: t.home.nameZh },
      })),
    },
  }));
  const unlocated = all.length - located.length;
  const body = json({
    type: "FeatureCollection",
    // Foreign members (RFC 7946, section 6.1): what the collection is, under what licence, and what it leaves out.
    ...header("Shandong International Partnerships: partner places", "山东国际友好城市：友城所在地", envelope),
    placesWithoutPosition: unlocated,
    features,
  });
  return { body, features: features.length, unlocated };
}

export function eventsJson(events: OpenEvent[], envelope: Envelope): string {
  return json({
    ...header("Shandong International Partnerships: events", "山东国际友好城市：活动", envelope),
    count: events.length,
    events: events.map((e) => ({
      slug: e.slug,
      url: `${envelope.siteUrl}/en/events/${e.slug}`,
      kind: e.kind,
      titleEn: e.titleEn,
      titleZh: e.titleZh,
      titleDescriptive: e.titleDescriptive,
      startsOn: partialDate(e.startsOn, e.datePrecision),
      endsOn: partialDate(e.endsOn, e.datePrecision),
      datePrecision: e.datePrecision,
      startTime: e.startTime?.slice(0, 5) ?? null,
      endTime: e.endTime?.slice(0, 5) ?? null,
      timeZone: e.timeZone,
      online: e.online,
      venueEn: e.venueEn,
      venueZh: e.venueZh,
      organisersEn: e.organisersEn,
      organisersZh: e.organisersZh,
      descriptionEn: e.descriptionEn,
      descriptionZh: e.descriptionZh,
      partnerships: e.partnerships,
      updatedAt: e.updatedAt,
    })),
  });
}

export function agreementsJson(agreements: OpenAgreement[], envelope: Envelope): string {
  return json({
    ...header("Shandong International Partnerships: agreements", "山东国际友好城市：协议", envelope),
    count: agreements.length,
    agreements: agreements.map(({ partnershipSlug, signedOn, signedPrecision, ...a }) => ({
      partnership: partnershipSlug,
      partnershipUrl: `${envelope.siteUrl}/en/partners/${partnershipSlug}`,
      titleEn: a.titleEn,
      titleZh: a.titleZh,
      titleDescriptive: a.titleDescriptive,
      kind: a.kind,
      status: a.status,
      signed: partialDate(signedOn, signedPrecision),
      signedPrecision,
      signedPlaceEn: a.signedPlaceEn,
      signedPlaceZh: a.signedPlaceZh,
      expiresOn: a.expiresOn,
      summaryEn: a.summaryEn,
      summaryZh: a.summaryZh,
      signatories: a.signatories,
      updatedAt: a.updatedAt,
    })),
  });
}
