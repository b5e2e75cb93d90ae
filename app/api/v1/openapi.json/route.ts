import { apiRoute, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from the schemas the routes use. */
export const dynamic = "force-dynamic";

let made: { serverUrl: string; document: unknown } | undefined;

export const GET = apiRoute(async () => {
  const serverUrl = env().AMITY_SITE_URL;
  if (made?.serverUrl !== serverUrl) made = { serverUrl, document: openApiDocument(serverUrl) };
  return { body: made.document };
});

export const OPTIONS = preflight;
