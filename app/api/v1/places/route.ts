import { apiRoute, cursorKey, listAnswer, parseQuery, preflight } from "@/lib/api/http";
import { placeList, placeQuery } from "@/lib/api/schemas";
import { loadPlacesAfter } from "@/lib/kinds/place/public";

/** GET /api/v1/places: the published places, Shandong's own and their partners. */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { cursor, limit, ...filter } = parseQuery(request, placeQuery);
  const { items, next } = await loadPlacesAfter(filter, { after: cursorKey("places", cursor), limit });
  return listAnswer(request, "places", placeList.shape.data.parse(items), next);
});

export const OPTIONS = preflight;
