import { landPath, mapHeight, mapWidth } from "@/lib/world-map";

/** The world map's land, drawn once at build time and served as a file: every map on the site draws its marks over it. */
export const dynamic = "force-static";

export function GET() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}">` +
    `<rect width="${mapWidth}" height="${mapHeight}" fill="#eef3fa" rx="8"/>` +
    `<path d="${landPath()}" fill="#cbd5e1" stroke="#ffffff" stroke-width="0.5"/></svg>`;
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
