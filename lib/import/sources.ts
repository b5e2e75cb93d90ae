import { describeSource, type SourceDescription } from "@/db/seed-data/sources";

/** A tie's source as the partnership_sources table keeps it (without its position, which is its place in the list). */
export interface SourceRow {
  citation: string;
  url: string | null;
  titleEn: string | null;
  titleZh: string | null;
  kind: SourceDescription["kind"] | null;
  note: string | null;
}

/** The citations of a `source` cell: one or more separated by " | " (shared/data/README.md), in their order. */
export function splitCitations(cell: string): string[] {
  return cell
    .split(" | ")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A citation as a source row: an http(s) address is its own URL; `github:owner/repo@commit what` points at that
 * commit's tree, with the rest as its note; anything else is kept as written, with no URL. Titles and kind come from
 * `describe` (null: not known, for staff to say).
 */
export function sourceRow(citation: string, describe: (citation: string) => SourceDescription | null): SourceRow {
  const d = describe(citation);
  const described = { titleEn: d?.titleEn ?? null, titleZh: d?.titleZh ?? null, kind: d?.kind ?? null };
  const github = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{40})\s*(.*)$/.exec(citation);
  if (github) return { citation, ...described, url: `https://github.com/${github[1]}/tree/${github[2]}`, note: github[3] || null };
  return { citation, ...described, url: /^https?:\/\//.test(citation) ? citation : null, note: null };
}

/**
 * What the seed's list of publishers (db/seed-data/sources.ts) says of a citation, or null for a publisher it does not
 * list: an import takes any source, and leaves the title and kind of an unknown one for staff to fill in.
 */
export function describeKnownSource(citation: string): SourceDescription | null {
  try {
    return describeSource(citation);
  } catch {
    return null;
  }
}
