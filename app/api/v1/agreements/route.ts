import { apiRoute, cursorKey, listAnswer, parseQuery, preflight } from "@/lib/api/http";
import { agreementList, agreementQuery } from "@/lib/api/schemas";
import { loadAgreementsAfter } from "@/lib/kinds/agreement/public";

/** GET /api/v1/agreements: the published agreements of published ties, the latest first. */
export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { cursor, limit, ...filter } = parseQuery(request, agreementQuery);
  const { items, next } = await loadAgreementsAfter(filter, { after: cursorKey("agreements", cursor), limit });
  return listAnswer(request, "agreements", agreementList.shape.data.parse(items), next);
});

export const OPTIONS = preflight;
