import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { eventPartnerships, events, partnerships } from "@/db/schema";
import { publicTags as tag } from "@/lib/cache-tags";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";

/**
 * Which public pages show a record, as cache tags (lib/cache-tags.ts). Called inside a change's transaction, before
 * and after it: the union is what to revalidate, so a renamed slug refreshes both its old and its new page. A record
 * the public can't see (a draft) shows nowhere and gives no tags.
 */

/** The tags of the pages that show any of these partnerships: profiles, related lists, places, events, lists. */
export async function partnershipPages(tx: Tx, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx
    .select({ slug: partnerships.slug, homeSlug: home.slug, partnerSlug: partner.slug, country: partner.countryCode })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(inArray(partnerships.id, ids), eq(partnerships.publication, "published")));
  if (!rows.length) return [];
  const countries = [...new Set(rows.map((r) => r.country))];
  // Profiles in the same countries list these partnerships among their related ones.
  const [sameCountry, linkedEvents] = await Promise.all([
    tx
      .select({ slug: partnerships.slug })
      .from(partnerships)
      .innerJoin(partner, joinPartner)
      .where(and(inArray(partner.countryCode, countries), eq(partnerships.publication, "published"))),
    tx
      .selectDistinct({ slug: events.slug })
      .from(eventPartnerships)
      .innerJoin(events, eq(events.id, eventPartnerships.eventId))
      .where(and(inArray(eventPartnerships.partnershipId, ids), eq(events.publication, "published"))),
  ]);
  return [
    tag.ties,
    tag.agreements,
    ...rows.flatMap((r) => [tag.tie(r.slug), tag.place(r.homeSlug), tag.place(r.partnerSlug)]),
    ...countries.map(tag.country),
    ...sameCountry.map((r) => tag.tie(r.slug)),
    ...linkedEvents.map((r) => tag.event(r.slug)),
  ];
}

export async function profilesOf(tx: Tx, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx
    .select({ slug: partnerships.slug })
    .from(partnerships)
    .where(and(inArray(partnerships.id, ids), eq(partnerships.publication, "published")));
  return rows.map((r) => tag.tie(r.slug));
}
