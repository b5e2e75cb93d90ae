import { apiRoute, cursorKey, listAnswer, parseQuery, preflight } from "@/lib/api/http";
import { eventList, eventQuery } from "@/lib/api/schemas";
import { loadEventsAfter } from "@/lib/kinds/event/public";

/** GET /api/v1/events: the published events, the latest first. */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { cursor, limit, ...filter } = parseQuery(request, eventQuery);
  const { items, next } = await loadEventsAfter(filter, { after: cursorKey("events", cursor), limit });
  return listAnswer(request, "events", eventList.shape.data.parse(items), next);
});

export const OPTIONS = preflight;
