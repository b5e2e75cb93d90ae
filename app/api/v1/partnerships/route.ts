import { apiRoute, cursorKey, listAnswer, parseQuery, preflight } from "@/lib/api/http";
import { partnershipQuery, partnershipSummary } from "@/lib/api/schemas";
import { loadTiesAfter } from "@/lib/kinds/partnership/public";
import { parseDirectoryQuery } from "@/lib/validation/directory";

/** GET /api/v1/partnerships: the published ties, searched and filtered as the directory (/partners) is. */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { cursor, limit, ...filters } = parseQuery(request, partnershipQuery);
  const after = cursorKey("partnerships", cursor);
  // The directory's own reading of the same parameters, so that its search and filters match exactly as the page's.
  const query = parseDirectoryQuery(Object.fromEntries(Object.entries(filters).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))));
  const { items, next } = await loadTiesAfter(query, { after, limit });
  const data = partnershipSummary.array().parse(
    items.map((t) => ({
      ...t,
      home: { slug: t.homeSlug, nameEn: t.homeNameEn, nameZh: t.homeNameZh },
      partner: { slug: t.partnerSlug, nameEn: t.partnerNameEn, nameZh: t.partnerNameZh, regionEn: t.partnerRegionEn, countryCode: t.countryCode },
    })),
  );
  return listAnswer(request, "partnerships", data, next);
});

export const OPTIONS = preflight;
