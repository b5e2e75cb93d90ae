import { routing, type Locale } from "@/i18n/routing";
import { worldMapLayer, worldMapWidths } from "@/lib/map-layer";

/**
 * The world map's picture (/world-map/en-992.svg): the base map with every mark, drawn once per change (lib/map-layer.ts)
 * and shown by /map as an image. Asked for with the version the page was made with (`?v=`): a browser keeps that one a
 * day, and any other version is checked again each time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([a-z]{2})-(\d{3,4})\.svg$/.exec((await params).file);
  const locale = match?.[1] as Locale | undefined;
  const width = Number(match?.[2]);
  if (!locale || !routing.locales.includes(locale) || !worldMapWidths.includes(width)) return new Response("Not Found", { status: 404 });
  const { svg, version } = await worldMapLayer(locale, width);
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=86400" : "public, max-age=0, must-revalidate",
    },
  });
}
