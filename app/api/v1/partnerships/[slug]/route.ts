import { apiRoute, notFound, preflight } from "@/lib/api/http";
import { partnershipDetail } from "@/lib/api/schemas";
import { loadProfile } from "@/lib/kinds/partnership/public";

/** GET /api/v1/partnerships/{slug}: a published tie as its public page shows it (404 for a draft or unknown slug). */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const profile = await loadProfile(slug);
  if (!profile) throw notFound("partnership");
  const own = (path: string) => new URL(`/api/v1/${path}?partnership=${encodeURIComponent(profile.slug)}`, request.url).toString();
  return {
    body: partnershipDetail.parse({
      ...profile,
      deals: profile.deals.map(([currency, amount]) => ({ currency, amount })),
      links: { agreements: own("agreements"), events: own("events") },
    }),
  };
});

export const OPTIONS = preflight;
