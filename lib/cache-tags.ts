/**
 * The cache tags of the public site: every cached public read carries the tags of what it shows, and every staff
 * change revalidates the tags of what it touched (lib/data computes them inside the change's transaction), so the
 * next public request shows the change while untouched pages stay cached.
 *
 * - `public`: everything; for the rare change that shows everywhere (renaming one of the office's own places).
 * - `ties`: every list of partnerships (directory and its filters, home page, map, registers, sitemap, feed).
 * - `tie:{slug}`: one partnership's profile, with its timeline.
 * - `country:{CC}`: one country's page, and the "related partnerships" of the profiles in that country.
 * - `place:{slug}`: one place's profile.
 * - `agreements`, `delegations`, `events`: the lists of those (registers, home page, calendars, feed).
 * - `event:{slug}`: one event's page and calendar file.
 */
export const publicTags = {
  all: "public",
  ties: "ties",
  tie: (slug: string) => `tie:${slug}`,
  country: (code: string) => `country:${code.toUpperCase()}`,
  place: (slug: string) => `place:${slug}`,
  agreements: "agreements",
  delegations: "delegations",
  events: "events",
  event: (slug: string) => `event:${slug}`,
} as const;

/** A set of tags to revalidate, without repeats, in a stable order (for tests and logs). */
export function tagSet(...tags: (string | false | null | undefined)[]): string[] {
  return [...new Set(tags.filter((t): t is string => !!t))].sort();
}
