import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { isoTimestamp } from "./sql";
import { home, joinHome, joinPartner, partner, publicTie } from "./ties";
import { agreements, events, partnerships, places } from "@/db/schema";

export interface FeedEntry {
  kind: "partnership" | "agreement" | "event";
  path: string;
  titleEn: string;
  /** Plain text, as the site shows it. */
  summaryEn: string | null;
  /** Markdown (a partnership's story), for the feed to render through the site's allow-list. */
  bodyEn: string | null;
  /** ISO 8601, UTC. */
  updatedAt: string;
}

/** The most recently changed published records, for the Atom feed. */
export async function listRecentChanges(limit = 50): Promise<FeedEntry[]> {
  const db = await getDb();
  const [ties, signed, happenings] = await Promise.all([
    db
      .select({ slug: partnerships.slug, home: home.nameEn, partner: partner.nameEn, summaryEn: partnerships.summaryEn, bodyEn: partnerships.bodyEn, updatedAt: isoTimestamp(partnerships.updatedAt) })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie)
      .orderBy(desc(partnerships.updatedAt))
      .limit(limit),
    db
      .select({ slug: partnerships.slug, titleEn: agreements.titleEn, summaryEn: agreements.summaryEn, updatedAt: isoTimestamp(agreements.updatedAt) })
      .from(agreements)
      .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(and(publicTie, eq(agreements.publication, "published")))
      .orderBy(desc(agreements.updatedAt))
      .limit(limit),
    db
      .select({ slug: events.slug, titleEn: events.titleEn, summaryEn: events.descriptionEn, updatedAt: isoTimestamp(events.updatedAt) })
      .from(events)
      .where(eq(events.publication, "published"))
      .orderBy(desc(events.updatedAt), sql`${events.id} desc`)
      .limit(limit),
  ]);
  // Agreements and events first when times are equal (as after the demo seed): they are the news.
  return [
    ...signed.map((x) => ({ kind: "agreement" as const, path: `/partners/${x.slug}`, titleEn: x.titleEn, summaryEn: x.summaryEn, bodyEn: null, updatedAt: x.updatedAt })),
    ...happenings.map((x) => ({ kind: "event" as const, path: `/events/${x.slug}`, titleEn: x.titleEn, summaryEn: x.summaryEn, bodyEn: null, updatedAt: x.updatedAt })),
    ...ties.map((x) => ({ kind: "partnership" as const, path: `/partners/${x.slug}`, titleEn: `${x.home} – ${x.partner}`, summaryEn: x.summaryEn, bodyEn: x.bodyEn, updatedAt: x.updatedAt })),
  ]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit);
}

/** Every published page's path (without the locale) and when it last changed, for the sitemap. */
export async function listPublicPaths(): Promise<{ path: string; lastModified: string }[]> {
  const db = await getDb();
  const [ties, placeRows, countries, eventRows] = await Promise.all([
    db
      .select({ slug: partnerships.slug, updatedAt: isoTimestamp(partnerships.updatedAt) })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie),
    // A place's page lists only public ties: one whose only tie is to a draft place has nothing to show yet.
    db
      .selectDistinct({ slug: places.slug, updatedAt: isoTimestamp(places.updatedAt) })
      .from(places)
      .innerJoin(partnerships, sql`${places.id} in (${partnerships.homePlaceId}, ${partnerships.partnerPlaceId})`)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie),
    db
      .selectDistinct({ code: partner.countryCode })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie),
    db.select({ slug: events.slug, updatedAt: isoTimestamp(events.updatedAt) }).from(events).where(eq(events.publication, "published")),
  ]);
  const latest = [...ties, ...eventRows].reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0).toISOString());
  return [
    ...["/", "/partners", "/map", "/events", "/delegations", "/agreements", "/about"].map((path) => ({ path, lastModified: latest })),
    ...ties.map((t) => ({ path: `/partners/${t.slug}`, lastModified: t.updatedAt })),
    ...placeRows.map((p) => ({ path: `/cities/${p.slug}`, lastModified: p.updatedAt })),
    ...countries.map((c) => ({ path: `/countries/${c.code.toLowerCase()}`, lastModified: latest })),
    ...eventRows.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt })),
  ];
}
