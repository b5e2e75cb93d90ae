import { openDataFile } from "@/lib/data/open-data";
import { env } from "@/lib/env";
import { isOpenDataFileName } from "@/lib/open-data/files";
import { openDataPreflight, openDataResponse } from "@/lib/open-data/http";

/**
 * The open data files: /data/partnerships.csv, /data/partnerships.json, /data/places.geojson, /data/events.json and
 * /data/agreements.json (lib/open-data/files.ts), each built once per published change and answered with its
 * validators (304 to a client whose copy is current). /en/data and /zh/data describe them.
 */
export async function GET(request: Request, { params }: RouteContext<"/data/[file]">) {
  const { file } = await params;
  // Any other name is no file, and is not looked up.
  if (!isOpenDataFileName(file)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return openDataResponse(request, await openDataFile(file, env().AMITY_SITE_URL));
}

/** A script on another site asking whether it may send its conditional headers (CORS preflight): it may. */
export function OPTIONS() {
  return openDataPreflight();
}
