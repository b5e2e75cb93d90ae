import { sourceKinds } from "@/lib/enums";

/** What a source is (lib/enums.ts sourceKinds), or null where staff have not said. */
export type SourceKind = (typeof sourceKinds)[number];

/** Kinds a tie cannot rest on alone: a third party's list, a blog (the dashboard's query reads the same list). */
export const weakSourceKinds = ["aggregator", "blog"] as const satisfies readonly SourceKind[];
const weakKinds: ReadonlySet<SourceKind> = new Set(weakSourceKinds);

/**
 * The sources in the order a reader weighs them: government pages first, then news, associations, aggregators and
 * blogs; sources of no stated kind after those, and within a kind in the order staff listed them.
 */
export function strongestFirst<S extends { kind: SourceKind | null }>(sources: readonly S[]): S[] {
  const rank = (kind: SourceKind | null) => (kind ? sourceKinds.indexOf(kind) : sourceKinds.length);
  return sources.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.kind) - rank(b.s.kind) || a.i - b.i).map(({ s }) => s);
}

/**
 * A tie is unverified when it cites sources and every one of them is an aggregator or a blog. A tie the office
 * records without a source rests on the office's own word, and a source of no stated kind is not counted as weak.
 */
export function isUnverified(sources: readonly { kind: SourceKind | null }[]): boolean {
  return sources.length > 0 && sources.every((s) => s.kind !== null && weakKinds.has(s.kind));
}
