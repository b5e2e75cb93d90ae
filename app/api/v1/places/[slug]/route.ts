import { apiRoute, notFound, preflight } from "@/lib/api/http";
import { placeDetail } from "@/lib/api/schemas";
import { loadPlace } from "@/lib/kinds/place/public";

/** GET /api/v1/places/{slug}: a published place with its published ties (404 for a draft or unknown slug). */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const place = await loadPlace((await params).slug);
  if (!place) throw notFound("place");
  return { body: placeDetail.parse(place) };
});

export const OPTIONS = preflight;
