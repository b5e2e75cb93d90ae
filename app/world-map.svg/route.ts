import { baseMapSvg } from "@/lib/world-map";

/**
 * The base map every map on the site draws its marks over: the office's approved map (AMITY_BASE_MAP) when it names
 * one, else the built-in land without boundaries. Read at run time, so the office sets it where Amity runs; pages ask
 * for it with a version (`?v=`), so a changed map is fetched anew.
 */
export function GET() {
  return new Response(baseMapSvg(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
