import "server-only";
import { latestAgreements } from "@/lib/kinds/agreement/public";
import { upcomingEvents } from "@/lib/kinds/event/public";
import { anniversaries, directoryFacets, featuredPartnerships, featuredPhoto, homeFigures } from "@/lib/kinds/partnership/public";
import { env } from "@/lib/env";
import { officeToday } from "@/lib/office-clock";

/**
 * The home page's reads, every one of them a kind's cached public read: the figures, the featured ties and this
 * year's anniversaries, the latest agreements, the coming events and the office's own places.
 */
export async function loadHome(now: Date = new Date()) {
  const year = now.getFullYear();
  const [figures, featured, photo, anniversaryTies, facets, agreements, upcoming] = await Promise.all([
    homeFigures(),
    featuredPartnerships(),
    featuredPhoto(),
    anniversaries(year),
    directoryFacets(),
    latestAgreements(),
    upcomingEvents(officeToday(now)),
  ]);
  // Until the office says its records are complete, the figures are what these records hold, and say so.
  const recordsComplete = env().AMITY_RECORDS_COMPLETE;
  return { year, figures, recordsComplete, featured, photo, anniversaries: anniversaryTies, homes: facets.homes, agreements, upcoming };
}

export type HomeData = Awaited<ReturnType<typeof loadHome>>;
