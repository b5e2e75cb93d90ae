import "server-only";
import { createHash } from "node:crypto";
import { publicTags as tag } from "@/lib/cache-tags";
import { listOpenAgreements } from "@/lib/kinds/agreement/public";
import { listOpenEvents } from "@/lib/kinds/event/public";
import { listOpenPartnerships } from "@/lib/kinds/partnership/public-open-data";
import {
  agreementsJson,
  eventsJson,
  latestOf,
  openDataFileNames,
  partnershipsCsv,
  partnershipsJson,
  placesGeoJson,
  type OpenDataFileName,
} from "@/lib/open-data/files";
import { latestWithdrawal } from "@/lib/records/audit";
import { cachedRead } from "./cached-read";

/**
 * The open data files (/data/partnerships.csv and the others, lib/open-data/files.ts): each built once per change of
 * what it holds, like the calendar and the feed, and kept whole with what HTTP needs to answer "not modified".
 */

export interface OpenDataFile {
  name: OpenDataFileName;
  body: string;
  /** A weak validator of the body (the server may compress it on the way): W/"…". */
  etag: string;
  /**
   * ISO 8601, UTC: the latest change of what the file holds (its records, their partnerships and places), or of a record
   * of those kinds leaving the public site (after which the file holds less, and must not seem older). Null: never.
   */
  lastModified: string | null;
  /** Its records: partnerships, places with a position, events or agreements. */
  records: number;
  /** places.geojson: the partner places left out because their position is not recorded. */
  unlocated?: number;
  /** In bytes, as sent uncompressed. */
  bytes: number;
}

/** The kinds whose withdrawal changes each file: the records' own, and the partnerships and places they hang on. */
const withdrawals: Record<OpenDataFileName, string[]> = {
  "partnerships.csv": ["partnership", "place"],
  "partnerships.json": ["partnership", "place"],
  "places.geojson": ["partnership", "place"],
  "events.json": ["event", "partnership", "place"],
  "agreements.json": ["agreement", "partnership", "place"],
};

/** Each file from the published records, uncached (the tests read it so). `siteUrl` makes the records' addresses absolute. */
export async function buildOpenDataFile(name: OpenDataFileName, siteUrl: string): Promise<OpenDataFile> {
  const withdrawn = () => latestWithdrawal(withdrawals[name]);
  switch (name) {
    case "partnerships.csv":
    case "partnerships.json":
    case "places.geojson": {
      const [ties, withdrawnAt] = await Promise.all([listOpenPartnerships(), withdrawn()]);
      const lastModified = latestOf([...ties.map((t) => t.updatedAt), withdrawnAt]);
      if (name === "places.geojson") {
        const { body, features, unlocated } = placesGeoJson(ties, { siteUrl, lastModified });
        return finish(name, body, lastModified, features, unlocated);
      }
      const body = name === "partnerships.csv" ? partnershipsCsv(ties) : partnershipsJson(ties, { siteUrl, lastModified });
      return finish(name, body, lastModified, ties.length);
    }
    case "events.json": {
      const [{ events, linksUpdatedAt }, withdrawnAt] = await Promise.all([listOpenEvents(), withdrawn()]);
      const lastModified = latestOf([...events.map((e) => e.updatedAt), linksUpdatedAt, withdrawnAt]);
      return finish(name, eventsJson(events, { siteUrl, lastModified }), lastModified, events.length);
    }
    case "agreements.json": {
      const [agreements, withdrawnAt] = await Promise.all([listOpenAgreements(), withdrawn()]);
      const lastModified = latestOf([...agreements.map((a) => a.updatedAt), withdrawnAt]);
      return finish(name, agreementsJson(agreements, { siteUrl, lastModified }), lastModified, agreements.length);
    }
  }
}

function finish(name: OpenDataFileName, body: string, lastModified: string | null, records: number, unlocated?: number): OpenDataFile {
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  return { name, body, etag, lastModified, records, bytes: Buffer.byteLength(body), ...(unlocated === undefined ? {} : { unlocated }) };
}

/** What each file's content depends on (lib/cache-tags.ts): a partnership's or place's change revalidates `ties`. */
function tagsOf(name: OpenDataFileName): string[] {
  return name === "events.json" ? [tag.events, tag.ties] : name === "agreements.json" ? [tag.agreements, tag.ties] : [tag.ties];
}

/** A file, built once per change of what it holds and then served from the cache. */
export const openDataFile = cachedRead("open-data-file", buildOpenDataFile, (name) => tagsOf(name));

export type OpenDataSummary = Omit<OpenDataFile, "body" | "etag">;

/** Every file without its body, for the Data page (/data): how many records, how big, and when it last changed. */
export async function openDataCatalogue(siteUrl: string): Promise<OpenDataSummary[]> {
  const files = await Promise.all(openDataFileNames.map((name) => openDataFile(name, siteUrl)));
  return files.map(({ body: _body, etag: _etag, ...summary }) => summary);
}
