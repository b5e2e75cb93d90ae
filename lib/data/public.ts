import "server-only";
import { unstable_cache } from "next/cache";
import { recentChangesFeed } from "@/lib/atom";
import { buildCalendar } from "@/lib/calendar";
import { publicTags as tag } from "@/lib/cache-tags";
import { databaseUnavailable } from "@/lib/unavailable";
import type { DirectoryQuery } from "@/lib/validation/directory";
import { listLatestAgreements, listAgreementRegister } from "@/lib/kinds/agreement/public";
import { listDelegationYears, listPublishedDelegations } from "@/lib/kinds/delegation/public";
import { getPublishedEvent, listCalendarEvents, listEventYears, listPublishedEvents, listUpcomingEvents, type EventKind } from "@/lib/kinds/event/public";
import { getDirectoryFacets, getHomeFigures, listAnniversaries, listFeaturedPartnerships, searchPartnerships } from "@/lib/kinds/partnership/public";
import { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
import { getPublishedPlace, listMapPlaces, listPartnershipsInCountry } from "@/lib/kinds/place/public";
import { listPublicPaths, listRecentChanges } from "./feeds";
import { noteDatabaseError } from "./health";

/**
 * The public site's reads, cached across requests and revalidated by tag when staff change what they show (see
 * lib/cache-tags.ts). Pages and feeds call these; the uncached functions they wrap are each kind's public reads
 * (lib/kinds/<kind>/public.ts), for the tests and the benchmark. Results go through JSON in the cache, so they hold
 * strings and numbers, never Dates.
 */
function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, tagsOf: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    try {
      return await unstable_cache(() => read(...args), ["amity", name, JSON.stringify(args)], { tags: [tag.all, ...tagsOf(...args)] })();
    } catch (error) {
      // What is cached keeps being served while the database is down; what is not gets the 503 page.
      if (noteDatabaseError(error)) await databaseUnavailable({ page: true });
      throw error;
    }
  };
}

export const publicReads = {
  homeFigures: cachedRead("home-figures", getHomeFigures, () => [tag.ties]),
  featuredPartnerships: cachedRead("featured", listFeaturedPartnerships, () => [tag.ties]),
  anniversaries: cachedRead("anniversaries", listAnniversaries, () => [tag.ties]),
  latestAgreements: cachedRead("latest-agreements", listLatestAgreements, () => [tag.agreements, tag.ties]),
  upcomingEvents: cachedRead("upcoming-events", listUpcomingEvents, () => [tag.events]),

  directory: cachedRead("directory", (query: DirectoryQuery, codes: string[]) => searchPartnerships(query, codes), () => [tag.ties]),
  directoryFacets: cachedRead("directory-facets", getDirectoryFacets, () => [tag.ties]),
  country: cachedRead("country", listPartnershipsInCountry, (code) => [tag.country(code)]),
  mapPlaces: cachedRead("map", listMapPlaces, () => [tag.ties]),

  partnership: cachedRead("partnership", getPublishedPartnership, (slug) => [tag.tie(slug)]),
  place: cachedRead("place", getPublishedPlace, (slug) => [tag.place(slug)]),

  events: cachedRead("events", (filter: { kind?: EventKind; year?: number }) => listPublishedEvents(filter), () => [tag.events]),
  eventYears: cachedRead("event-years", listEventYears, () => [tag.events]),
  event: cachedRead("event", getPublishedEvent, (slug) => [tag.event(slug)]),
  /** The whole /events.ics file, built once per change: building it (time zones, folding) costs more than reading. */
  calendarFile: cachedRead(
    "calendar-file",
    async (siteUrl: string, name: string) => buildCalendar(await listCalendarEvents(), { siteUrl, name }),
    () => [tag.events],
  ),
  eventCalendar: cachedRead("event-calendar", (slug: string) => listCalendarEvents([slug]), (slug) => [tag.event(slug)]),

  delegations: cachedRead(
    "delegations",
    (filter: { direction?: "incoming" | "outgoing"; year?: number }) => listPublishedDelegations(filter),
    () => [tag.delegations],
  ),
  delegationYears: cachedRead("delegation-years", listDelegationYears, () => [tag.delegations]),
  agreementRegister: cachedRead("agreement-register", listAgreementRegister, () => [tag.agreements, tag.ties]),

  /** The whole /feed.xml, built once per change: each entry's story goes through the Markdown renderer. */
  feedFile: cachedRead("feed-file", async (siteUrl: string) => recentChangesFeed(await listRecentChanges(), siteUrl), () => [
    tag.ties,
    tag.agreements,
    tag.events,
  ]),
  publicPaths: cachedRead("public-paths", listPublicPaths, () => [tag.ties, tag.events]),
};
