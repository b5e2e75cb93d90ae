import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/routing";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead } from "@/lib/data/cached-read";
import { placeName } from "@/lib/i18n/content";
import { loadMap, type MapHome, type MapPlace } from "@/lib/kinds/place/public";
import {
  baseMap,
  baseMapSvg,
  labelGap,
  landWithin,
  mapColors,
  mapHeight,
  mapWidth,
  nameSize,
  pageTiers,
  planMap,
  projectPoint,
  round2 as r,
  star,
  type MapPlaceMark,
  type Mark,
  type View,
} from "@/lib/world-map";

/**
 * The world map's picture (/map), drawn once per change and served as an image (app/world-map/[file]/route.ts): the
 * base map with every mark over it, one file per language and per width the page shows it at (a phone's groups more
 * places than a desktop's). The page keeps only what a reader needs in its HTML: the picture's text alternative and a
 * list of the countries with their counts; thousands of marks never repeat in each page's HTML.
 */

/** The world map's window: the whole width, cropped to the latitudes with places. */
export const worldMapView = { aspect: 2, maxAspect: 2.6, padding: 0.04 };

/** The widths the world map is drawn at (its page's column at Tailwind's breakpoints). */
export const worldMapWidths = pageTiers.map((t) => t.width);

/** The marks of the world map: the home province (named on the map) and every partner place with a position. */
export function worldMapMarks(locale: Locale, places: MapPlace[], home: MapHome | null): MapPlaceMark[] {
  const homeMark: MapPlaceMark[] = home
    ? [{ key: home.slug, href: "", name: placeName(locale, home), label: "", countryCode: "CN", kind: "home", longitude: home.longitude, latitude: home.latitude, labelSide: "left" }]
    : [];
  return [
    ...homeMark,
    ...places.flatMap((p) =>
      p.latitude === null || p.longitude === null
        ? []
        : [{ key: p.slug, href: "", name: placeName(locale, p), label: "", countryCode: p.countryCode, kind: "partner" as const, longitude: p.longitude, latitude: p.latitude }],
    ),
  ];
}

/** A short hash of what the picture shows: its address changes with it, so a browser never keeps an old picture. */
export function worldMapVersion(places: MapPlace[], home: MapHome | null): string {
  const located = places.filter((p) => p.latitude !== null && p.longitude !== null).map((p) => [p.slug, p.nameEn, p.nameZh, p.longitude, p.latitude]);
  return createHash("sha256")
    .update(JSON.stringify([home, located, baseMap().href]))
    .digest("hex")
    .slice(0, 12);
}

/** The picture's address for a language and width. */
export function worldMapLayerHref(locale: Locale, width: number, version: string): string {
  return `/world-map/${locale}-${width}.svg?v=${version}`;
}

/** The height of the picture drawn `width` pixels wide (for the image's width and height, so the page never shifts). */
export function worldMapHeight(view: View, width: number): number {
  return Math.round((width * view.height) / view.width);
}

/** The world map's window for these places. */
export function worldMapWindow(locale: Locale, places: MapPlace[], home: MapHome | null): View {
  return planMap(worldMapMarks(locale, places, home), [], worldMapView).view;
}

let embeddedBase: string | undefined;

/** The base map as a data address: a picture loaded as an image can't load another file. */
function embeddedBaseMap(): string {
  embeddedBase ??= `data:image/svg+xml;base64,${Buffer.from(baseMapSvg()).toString("base64")}`;
  return embeddedBase;
}

/** The world map's picture drawn `width` CSS pixels wide, as an SVG document. */
export function worldMapLayerSvg(locale: Locale, width: number, places: MapPlace[], home: MapHome | null): string {
  // A world's worth of marks leaves room for short names only (as MapFigure does on an inline map).
  return mapPictureSvg({ marks: worldMapMarks(locale, places, home), view: worldMapView, width, maxNameShare: 0.15 });
}

/**
 * A map's picture drawn `width` CSS pixels wide, as an SVG document: the base map (the world's file, or the detailed
 * land of a zoomed window), the lines, and every mark laid out for that width as MapSvg lays out an inline map.
 */
export function mapPictureSvg({
  marks,
  view: asked,
  width,
  lines = [],
  maxNameShare = 1,
}: {
  marks: MapPlaceMark[];
  view: Parameters<typeof planMap>[2];
  width: number;
  lines?: string[];
  maxNameShare?: number;
}): string {
  const plan = planMap(marks, [{ width, className: "" }], asked, maxNameShare);
  const view = plan.view;
  const laid = plan.layouts[0]?.marks ?? [];
  const unit = view.width / width;
  const land = baseMap().approval === null ? landWithin(view, width * 1.15) : null;
  const dots = laid
    .flatMap((m) => m.items)
    .flatMap((item) => {
      const p = projectPoint(item.longitude, item.latitude);
      return p ? [`M${r(p[0])} ${r(p[1])}h0`] : [];
    })
    .join("");
  const moved = laid.filter((m) => Math.hypot(m.at[0] - m.anchor[0], m.at[1] - m.anchor[1]) > m.radius * unit);
  const stroke = (px: number) => r(px * unit);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(view.x)} ${r(view.y)} ${r(view.width)} ${r(view.height)}" width="${width}" height="${worldMapHeight(view, width)}" font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', sans-serif">`,
    `<rect x="${r(view.x)}" y="${r(view.y)}" width="${r(view.width)}" height="${r(view.height)}" fill="#f8fafc"/>`,
    land
      ? `<g fill="none" stroke-linejoin="round"><path d="${land.sea}" fill="${mapColors.ocean}"/><path d="${land.graticule}" stroke="${mapColors.graticule}" stroke-width="${stroke(0.6)}"/>` +
        `<path d="${land.land}" fill="${mapColors.land}" stroke="${mapColors.coast}" stroke-width="${stroke(0.6)}"/><path d="${land.islands}" fill="${mapColors.land}" stroke="${mapColors.coast}" stroke-width="${stroke(1.2)}"/></g>`
      : `<image href="${embeddedBaseMap()}" x="0" y="0" width="${mapWidth}" height="${mapHeight}"/>`,
    ...lines.map((d) => `<path d="${d}" fill="none" stroke="${mapColors.line}" stroke-width="${stroke(2)}" stroke-linecap="round" stroke-dasharray="${stroke(6)} ${stroke(4)}"/>`),
    `<path d="${dots}" stroke="${mapColors.partner}" stroke-width="${stroke(3.2)}" stroke-linecap="round" opacity="0.5"/>`,
    `<g stroke="#ffffff">`,
    moved.length ? `<path d="${moved.map((m) => `M${r(m.anchor[0])} ${r(m.anchor[1])}L${r(m.at[0])} ${r(m.at[1])}`).join("")}" stroke="#64748b" stroke-width="${stroke(1)}"/>` : "",
    ...laid.map((m) => markSvg(m, unit)),
    `</g></svg>`,
  ].join("");
}

/** A short hash of what a map's picture shows (its marks, lines and base map): its address changes with it. */
export function mapPictureVersion(marks: MapPlaceMark[], lines: string[] = []): string {
  return createHash("sha256")
    .update(JSON.stringify([marks.map((m) => [m.key, m.name, m.kind, m.longitude, m.latitude, m.labelSide]), lines, baseMap().href]))
    .digest("hex")
    .slice(0, 12);
}

/** One mark, as components/public/world-map.tsx draws it on an inline map: a star, a dot, or a numbered disc. */
function markSvg(mark: Mark<MapPlaceMark>, unit: number): string {
  const [x, y] = [r(mark.at[0]), r(mark.at[1])];
  const color = mark.kind === "home" ? mapColors.home : mapColors.partner;
  if (mark.items.length > 1) {
    return (
      `<circle cx="${x}" cy="${y}" r="${r(mark.radius * unit)}" fill="${color}" stroke-width="${r(1.5 * unit)}"/>` +
      `<text x="${x}" y="${y}" dy="0.35em" text-anchor="middle" fill="#ffffff" stroke="none" font-size="${r(11 * unit)}" font-weight="700">${mark.items.length}</text>`
    );
  }
  const shape =
    mark.kind === "home"
      ? `<path d="${star(mark.at[0], mark.at[1], mark.radius * 1.25 * unit)}" fill="${color}" stroke-width="${r(1.2 * unit)}" stroke-linejoin="round"/>`
      : `<circle cx="${x}" cy="${y}" r="${r(mark.radius * unit)}" fill="${color}" stroke-width="${r(1.2 * unit)}"/>`;
  return shape + (mark.labelSide ? nameSvg(mark, unit) : "");
}

function nameSvg(mark: Mark<MapPlaceMark>, unit: number): string {
  const [x, y] = mark.at;
  const gap = labelGap(mark.radius) * unit;
  const at = {
    left: { x: x - gap, y, dy: "0.35em", anchor: "end" },
    right: { x: x + gap, y, dy: "0.35em", anchor: "start" },
    above: { x, y: y - gap, dy: "0em", anchor: "middle" },
    below: { x, y: y + gap, dy: "0.8em", anchor: "middle" },
  }[mark.labelSide!];
  return (
    `<text x="${r(at.x)}" y="${r(at.y)}" dy="${at.dy}" text-anchor="${at.anchor}" font-size="${r(nameSize * unit)}" font-weight="600" fill="#1e293b" ` +
    `stroke="#ffffff" stroke-width="${r(3 * unit)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(mark.items[0]!.name)}</text>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`);
}

/** The picture and its version, drawn once per change to the partnerships (laying out thousands of marks takes a while). */
export const worldMapLayer = cachedRead(
  "world-map-layer",
  async (locale: Locale, width: number) => {
    const { places, home } = await loadMap();
    return { svg: worldMapLayerSvg(locale, width, places, home), version: worldMapVersion(places, home) };
  },
  () => [tag.ties],
);

/** A place map's picture's address for a language and width (app/place-map/[slug]/[file]). */
export function placeMapHref(slug: string, locale: Locale, width: number, version: string): string {
  return `/place-map/${slug}/${locale}-${width}.svg?v=${version}`;
}
