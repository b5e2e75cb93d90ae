import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnerships, places } from "@/db/schema";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { home, joinHome, joinPartner, partner } from "./ties";

/**
 * Which public pages show a record, as cache tags (lib/cache-tags.ts). Called inside a change's transaction, before
 * and after it: the union is what to revalidate, so a renamed slug refreshes both its old and its new page. A record
 * the public can't see (a draft) shows nowhere and gives no tags.
 */

/** The tags of the pages that show any of these partnerships: profiles, related lists, places, events, lists. */
async function partnershipPages(tx: Tx, ids: number[]): Promise<string[]> {
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

async function profilesOf(tx: Tx, ids: number[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx
    .select({ slug: partnerships.slug })
    .from(partnerships)
    .where(and(inArray(partnerships.id, ids), eq(partnerships.publication, "published")));
  return rows.map((r) => tag.tie(r.slug));
}

export async function placeImpact(tx: Tx, id: number): Promise<string[]> {
  const [place] = await tx
    .select({ slug: places.slug, country: places.countryCode, isHome: places.isHome, publication: places.publication })
    .from(places)
    .where(eq(places.id, id));
  if (!place || place.publication !== "published") return [];
  // The office's own places are named on nearly every page.
  if (place.isHome) return [tag.all];
  const ties = await tx
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(or(eq(partnerships.homePlaceId, id), eq(partnerships.partnerPlaceId, id)));
  return tagSet(tag.ties, tag.place(place.slug), tag.country(place.country), ...(await partnershipPages(tx, ties.map((t) => t.id))));
}

export async function partnershipImpact(tx: Tx, id: number): Promise<string[]> {
  return tagSet(...(await partnershipPages(tx, [id])));
}

export async function agreementImpact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx
    .select({ partnershipId: agreements.partnershipId, publication: agreements.publication })
    .from(agreements)
    .where(eq(agreements.id, id));
  if (!row || row.publication !== "published") return [];
  return tagSet(tag.agreements, ...(await profilesOf(tx, [row.partnershipId])));
}

export async function delegationImpact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx.select({ publication: delegations.publication }).from(delegations).where(eq(delegations.id, id));
  if (!row || row.publication !== "published") return [];
  const links = await tx
    .select({ id: delegationPartnerships.partnershipId })
    .from(delegationPartnerships)
    .where(eq(delegationPartnerships.delegationId, id));
  return tagSet(tag.delegations, ...(await profilesOf(tx, links.map((l) => l.id))));
}

export async function eventImpact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx.select({ slug: events.slug, publication: events.publication }).from(events).where(eq(events.id, id));
  if (!row || row.publication !== "published") return [];
  const links = await tx
    .select({ id: eventPartnerships.partnershipId })
    .from(eventPartnerships)
    .where(eq(eventPartnerships.eventId, id));
  return tagSet(tag.events, tag.event(row.slug), ...(await profilesOf(tx, links.map((l) => l.id))));
}
