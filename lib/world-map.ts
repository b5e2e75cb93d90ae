import { createHash } from "node:crypto";
import fs from "node:fs";
import { geoDistance, geoEqualEarth, geoGraticule, geoInterpolate, geoPath, type GeoContext, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";
import land50m from "world-atlas/land-50m.json";
import { env } from "@/lib/env";
import { smallIslands } from "@/lib/map-islands";

/**
 * The maps' geometry. Every map on the site is drawn in one coordinate system: the Equal Earth projection centred on
 * 150°E (as world maps published in China are, so no line from Shandong to the Americas is cut), fitted to a 960 × 480
 * box with a 4-unit margin. The world map is that box; a smaller map (a partnership's two places, a place and its
 * partners) is a window on it (a viewBox), so an office's own approved base map in the same box serves them all.
 *
 * The land is Natural Earth's (world-atlas), as land only: there are no national boundaries in it to draw, so none is
 * ever drawn wrongly. Taiwan is land like any land, and the small islands the coarse land omits (Xisha, Nansha,
 * Diaoyu Dao: lib/map-islands.ts) are added from the 1:10m land.
 */
export const mapWidth = 960;
export const mapHeight = 480;
export const centralMeridian = 150;

function worldProjection() {
  return geoEqualEarth()
    .rotate([-centralMeridian, 0])
    .fitExtent(
      [
        [4, 4],
        [mapWidth - 4, mapHeight - 4],
      ],
      { type: "Sphere" },
    );
}

const projection = worldProjection();

/** Where a place falls on the map, or null if it can't be projected. */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
  return projection([longitude, latitude]);
}

/** A window on the map, in its units. */
export interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const worldView: View = { x: 0, y: 0, width: mapWidth, height: mapHeight };

export const mapColors = {
  ocean: "#e8f0f8",
  graticule: "#d2deeb",
  land: "#cbd5e1",
  coast: "#aebbcb",
  partner: "#1f4e8c",
  home: "#a4262c",
  line: "#a4262c",
} as const;

type LandTopology = Topology<{ land: GeometryCollection }>;

function landOf(topology: unknown): FeatureCollection {
  const t = topology as LandTopology;
  return feature(t, t.objects.land) as unknown as FeatureCollection;
}

let worldLand: FeatureCollection | undefined;
let detailedLandFeatures: FeatureCollection | undefined;
const islands: Feature<MultiPolygon> = { type: "Feature", properties: {}, geometry: smallIslands };

/** The land of the whole-world map (1:110m: light enough for a file every map loads). */
function coarseLand(): FeatureCollection {
  worldLand ??= landOf(land110m);
  return worldLand;
}

/** The land of a zoomed map (1:50m, clipped to the window: only what shows is sent). */
function detailedLand(): FeatureCollection {
  detailedLandFeatures ??= landOf(land50m);
  return detailedLandFeatures;
}

/** The world map's base as one SVG document: the sphere (sea), a 30° graticule, the land and its coast. */
export function worldLandSvg(): string {
  const path = geoPath(projection).digits(1);
  const land = coarseLand()
    .features.map((f) => path(f) ?? "")
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}">` +
    `<path d="${path({ type: "Sphere" })}" fill="${mapColors.ocean}"/>` +
    `<path d="${path(geoGraticule().step([30, 30])())}" fill="none" stroke="${mapColors.graticule}" stroke-width="0.5"/>` +
    `<path d="${land}" fill="${mapColors.land}" stroke="${mapColors.coast}" stroke-width="0.4" stroke-linejoin="round"/>` +
    // Islands a few hundred metres across stay visible as specks at the world's scale, as on any atlas's world map.
    `<path d="${path(islands)}" fill="${mapColors.land}" stroke="${mapColors.coast}" stroke-width="0.8"/>` +
    `</svg>`
  );
}

/** The base map every map draws over: the office's approved map when AMITY_BASE_MAP names one, else the land above. */
export interface BaseMap {
  /** The file's address, with a version so a changed map is fetched anew. */
  href: string;
  /** The office's map's approval number (审图号), or null for the built-in land. */
  approval: string | null;
}

let baseMapCache: { svg: string; map: BaseMap } | undefined;

function loadBaseMap() {
  if (!baseMapCache) {
    const { AMITY_BASE_MAP, AMITY_BASE_MAP_APPROVAL } = env();
    const svg = AMITY_BASE_MAP ? fs.readFileSync(AMITY_BASE_MAP, "utf8") : worldLandSvg();
    const version = createHash("sha256").update(svg).digest("hex").slice(0, 10);
    baseMapCache = { svg, map: { href: `/world-map.svg?v=${version}`, approval: AMITY_BASE_MAP ? (AMITY_BASE_MAP_APPROVAL ?? null) : null } };
  }
  return baseMapCache;
}

export function baseMap(): BaseMap {
  return loadBaseMap().map;
}

/** The base map's SVG document (what /world-map.svg serves). */
export function baseMapSvg(): string {
  return loadBaseMap().svg;
}

/**
 * The window that shows `points` with room around them: `padding` (a share of the window on each side), at least
 * `minWidth` units wide, inside the map's box, between `aspect` and `maxAspect` (width for one height; by default
 * exactly `aspect`). Points spread over most of the world's width get the world's width, cropped to the band of
 * latitudes they need (40 units above and below them) if `maxAspect` allows.
 */
export function fitView(
  points: [number, number][],
  { aspect, maxAspect = aspect, padding = 0.18, minWidth = 80 }: { aspect: number; maxAspect?: number; padding?: number; minWidth?: number },
): View {
  if (points.length === 0) return worldView;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.max((x1 - x0) / (1 - 2 * padding), minWidth);
  let height = (y1 - y0) / (1 - 2 * padding);
  if (width >= mapWidth * 0.8) {
    width = mapWidth;
    height = Math.min(Math.max(y1 - y0 + 80, mapWidth / maxAspect), mapHeight);
  } else if (width / height > maxAspect) height = width / maxAspect;
  else if (width / height < aspect) width = height * aspect;
  if (width > mapWidth || height > mapHeight) return worldView;
  return { x: clamp((x0 + x1) / 2 - width / 2, 0, mapWidth - width), y: clamp((y0 + y1) / 2 - height / 2, 0, mapHeight - height), width, height };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}

/**
 * The land of a zoomed window as SVG path data (sea, graticule, land, islands), or null for a window so large that the
 * world map's file serves better. Drawn to the detail `pixelWidth` shows: points closer than about a pixel are dropped.
 */
export function landWithin(view: View, pixelWidth: number): { sea: string; graticule: string; land: string; islands: string } | null {
  // Zoomed less than four times, the world's 1:110m land reads well enough, and is the file the browser already has.
  if (view.width > mapWidth / 4) return null;
  const unit = view.width / pixelWidth;
  // Clipped a little outside the window, so the coast's stroke never runs along the window's edge.
  const margin = 4 * unit;
  const clipped = worldProjection().clipExtent([
    [view.x - margin, view.y - margin],
    [view.x + view.width + margin, view.y + view.height + margin],
  ]);
  const draw = (object: GeoPermissibleObjects, tolerance: number) => {
    const context = new SimplifyingPath(unit / 20, tolerance);
    geoPath(clipped, context)(object);
    return context.result();
  };
  return {
    sea: draw({ type: "Sphere" }, unit),
    graticule: draw(geoGraticule().step([10, 10])(), unit),
    land: draw(detailedLand(), unit * 0.5),
    islands: draw(islands, 0),
  };
}

/**
 * A path context (d3-geo draws into it) that writes compact SVG path data: coordinates on a grid of `grid` units,
 * relative moves, and each ring simplified (Douglas–Peucker) so that no point left out is more than `tolerance` off.
 */
class SimplifyingPath implements GeoContext {
  private parts: string[] = [];
  private ring: [number, number][] = [];
  private closed = false;

  constructor(
    private grid: number,
    private tolerance: number,
  ) {}

  beginPath() {}
  arc() {}
  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number) {
    this.ring.push([x, y]);
  }
  closePath() {
    this.closed = true;
    this.flush();
  }

  private flush() {
    const closed = this.closed;
    const ring = this.tolerance > 0 ? simplify(this.ring, this.tolerance) : this.ring;
    this.ring = [];
    this.closed = false;
    if (ring.length < (closed ? 3 : 2)) return;
    const scale = 1 / this.grid;
    let px = 0;
    let py = 0;
    let out = "";
    ring.forEach(([x, y], i) => {
      const gx = Math.round(x * scale);
      const gy = Math.round(y * scale);
      if (i === 0) out += `M${fmt(gx / scale)} ${fmt(gy / scale)}`;
      else if (gx !== px || gy !== py) out += `l${fmt((gx - px) / scale)} ${fmt((gy - py) / scale)}`;
      px = gx;
      py = gy;
    });
    this.parts.push(closed ? `${out}z` : out);
  }

  result(): string {
    this.flush();
    return this.parts.join("");
  }
}

/** Douglas–Peucker: the points of a line or ring that keep it within `tolerance` of the original. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i]!;
      const d = length ? Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length : Math.hypot(x - ax, y - ay);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index >= 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The shortest line on the globe between two places (a great-circle arc), as SVG path data on the map. */
export function greatCirclePath(from: [number, number], to: [number, number]): string {
  // A hundred points along the arc: smooth at any zoom (d3 resamples for the world's scale only); cut where the map is.
  const along = geoInterpolate(from, to);
  const coordinates = Array.from({ length: 101 }, (_, i) => along(i / 100));
  return geoPath(projection).digits(2)({ type: "LineString", coordinates }) ?? "";
}

/** Kilometres between two places along the globe ([longitude, latitude] each). */
export function distanceKm(from: [number, number], to: [number, number]): number {
  return geoDistance(from, to) * 6371.0088;
}

// Marks: placing them so that none hides another.

export type MarkKind = "home" | "partner";

export type LabelSide = "left" | "right" | "above" | "below";

/** A place to mark, where it falls on the map, with the size of the name written beside it (CSS pixels), if any. */
export interface Spot<T> {
  item: T;
  kind: MarkKind;
  x: number;
  y: number;
  label?: { side: LabelSide; width: number; height: number };
}

/** A name's width in CSS pixels at `fontSize`, near enough to keep marks off it: a Chinese character is square. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : /\s/.test(ch) ? 0.34 : /[A-Z]/.test(ch) ? 0.78 : 0.68;
  return em * fontSize;
}

/** A mark as drawn: one place, or a group of places too close to tell apart, at `at` (moved aside from `anchor` if it had to be). */
export interface Mark<T> {
  kind: MarkKind;
  items: T[];
  /** Where its places are (their centre). */
  anchor: [number, number];
  /** Where its mark is drawn. */
  at: [number, number];
  /** The visible mark's radius and the tap target's, in CSS pixels. */
  radius: number;
  hit: number;
  /** Where its name is written, and the box it takes (map units), if it is. */
  labelSide?: LabelSide;
  labelBox?: Box;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The gap between a mark and its name, in CSS pixels. */
export function labelGap(radius: number): number {
  return radius + 4;
}

/** The smallest tap target (WCAG 2.2, 2.5.8): 24 CSS pixels across. */
export const minTarget = 24;

/** A mark's visible radius in CSS pixels: a small dot for a place, a disc that holds its count for a group. */
export function markRadius(kind: MarkKind, count: number): number {
  if (count > 1) return count >= 100 ? 13 : count >= 10 ? 11.5 : 10;
  return kind === "home" ? 7 : 5;
}

function hitRadius(kind: MarkKind, count: number) {
  return Math.max(minTarget / 2, markRadius(kind, count));
}

/**
 * Lays out the marks of a map drawn `pixelWidth` CSS pixels wide showing `view`: places of a kind whose tap targets
 * would overlap become one group (merging the closest first, until none overlap), then each mark that would still
 * cover another (a group over the home mark) moves to the nearest free spot, home marks first and never moved.
 */
export function layoutMarks<T>(spots: Spot<T>[], view: View, pixelWidth: number): Mark<T>[] {
  const unit = view.width / pixelWidth;
  const clusters = mergeOverlapping(spots, unit);
  const order = [...clusters].sort((a, b) => Number(b.kind === "home") - Number(a.kind === "home") || b.items.length - a.items.length || a.x - b.x);
  const placed: Mark<T>[] = [];
  for (const c of order) {
    const count = c.items.length;
    const mark: Mark<T> = { kind: c.kind, items: c.items, anchor: [c.x, c.y], at: [c.x, c.y], radius: markRadius(c.kind, count), hit: hitRadius(c.kind, count) };
    if (c.kind !== "home") mark.at = freeSpot(mark, placed, view, unit);
    if (c.label) {
      // The name goes on its asked side if it fits in the window there, else on the first side where it does.
      const label = c.label;
      const sides = [label.side, ...(["above", "below", "right", "left"] as const).filter((s) => s !== label.side)];
      const fits = (box: Box) => box.x >= view.x && box.x + box.width <= view.x + view.width && box.y >= view.y && box.y + box.height <= view.y + view.height;
      mark.labelSide = sides.find((side) => fits(labelBox(mark, { ...label, side }, unit))) ?? label.side;
      mark.labelBox = labelBox(mark, { ...label, side: mark.labelSide }, unit);
    }
    placed.push(mark);
  }
  return placed;
}

interface Cluster<T> {
  kind: MarkKind;
  items: T[];
  points: [number, number][];
  x: number;
  y: number;
  label?: Spot<T>["label"];
}

/**
 * Places of a kind whose tap targets overlap, merged into groups: the closest pair first (the earlier pair in the
 * spots' order when two are as close), until none overlap. The candidate pairs wait in a heap and only neighbours on a
 * grid as wide as two targets are paired, so thousands of places take milliseconds, not minutes.
 */
function mergeOverlapping<T>(spots: Spot<T>[], unit: number): Cluster<T>[] {
  const clusters: (Cluster<T> | null)[] = spots.map((s) => ({ kind: s.kind, items: [s.item], points: [[s.x, s.y]], x: s.x, y: s.y, label: s.label }));
  const versions = clusters.map(() => 0);
  const reach = (c: Cluster<T>) => hitRadius(c.kind, c.items.length) * unit;
  // No two targets further apart than the largest reach twice overlap: a cell that wide holds every candidate's neighbours.
  const cell = 2 * hitRadius("partner", 100) * unit;
  const grid = new Map<string, Set<number>>();
  const cellOf = (c: Cluster<T>) => [Math.floor(c.x / cell), Math.floor(c.y / cell)] as const;
  const place = (i: number) => {
    const [cx, cy] = cellOf(clusters[i]!);
    const key = `${cx} ${cy}`;
    if (!grid.has(key)) grid.set(key, new Set());
    grid.get(key)!.add(i);
  };
  const remove = (i: number) => {
    const [cx, cy] = cellOf(clusters[i]!);
    grid.get(`${cx} ${cy}`)?.delete(i);
  };
  // A pair: its distance, the two clusters (i < j: a cluster keeps the index of its earliest spot) and their versions.
  type Pair = [d: number, i: number, j: number, vi: number, vj: number];
  const before = (a: Pair, b: Pair) => a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  const heap: Pair[] = [];
  const push = (pair: Pair) => {
    heap.push(pair);
    for (let n = heap.length - 1; n > 0; ) {
      const parent = (n - 1) >> 1;
      if (!before(heap[n]!, heap[parent]!)) break;
      [heap[n], heap[parent]] = [heap[parent]!, heap[n]!];
      n = parent;
    }
  };
  const pop = (): Pair | undefined => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let n = 0; ; ) {
        const [l, r] = [2 * n + 1, 2 * n + 2];
        let m = n;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === n) break;
        [heap[n], heap[m]] = [heap[m]!, heap[n]!];
        n = m;
      }
    }
    return top;
  };
  /** Every overlapping pair of cluster i with a neighbour (all of them, or only later ones while filling the heap). */
  const pairsOf = (i: number, laterOnly: boolean) => {
    const a = clusters[i]!;
    const [cx, cy] = cellOf(a);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx} ${cy + dy}`) ?? []) {
          if (j === i || (laterOnly && j < i)) continue;
          const b = clusters[j]!;
          if (a.kind !== b.kind) continue;
          const d = Math.hypot(a.x - b.x, a.y - b.y);
          if (d < reach(a) + reach(b)) push(i < j ? [d, i, j, versions[i]!, versions[j]!] : [d, j, i, versions[j]!, versions[i]!]);
        }
      }
    }
  };
  clusters.forEach((_, i) => place(i));
  clusters.forEach((_, i) => pairsOf(i, true));
  for (let pair = pop(); pair; pair = pop()) {
    const [, i, j, vi, vj] = pair;
    const a = clusters[i];
    const b = clusters[j];
    // A pair made before either of its clusters last changed is stale: the changed cluster's pairs were made anew.
    if (!a || !b || versions[i] !== vi || versions[j] !== vj) continue;
    remove(i);
    remove(j);
    clusters[j] = null;
    a.items.push(...b.items);
    a.points.push(...b.points);
    a.x = a.points.reduce((s, p) => s + p[0], 0) / a.points.length;
    a.y = a.points.reduce((s, p) => s + p[1], 0) / a.points.length;
    a.label = undefined;
    versions[i]! += 1;
    place(i);
    pairsOf(i, false);
  }
  return clusters.filter((c): c is Cluster<T> => c !== null);
}

function labelBox<T>(mark: Mark<T>, label: NonNullable<Spot<T>["label"]>, unit: number): Box {
  const [x, y] = mark.at;
  const gap = labelGap(mark.radius) * unit;
  const w = label.width * unit;
  const h = label.height * unit;
  switch (label.side) {
    case "left":
      return { x: x - gap - w, y: y - h / 2, width: w, height: h };
    case "right":
      return { x: x + gap, y: y - h / 2, width: w, height: h };
    case "above":
      return { x: x - w / 2, y: y - gap - h, width: w, height: h };
    case "below":
      return { x: x - w / 2, y: y + gap, width: w, height: h };
  }
}

/** Whether a circle overlaps a box. */
function touches(x: number, y: number, radius: number, box: Box): boolean {
  const dx = x - clamp(x, box.x, box.x + box.width);
  const dy = y - clamp(y, box.y, box.y + box.height);
  return Math.hypot(dx, dy) < radius;
}

function centre(box: Box): [number, number] {
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** The nearest spot to a mark's anchor where its tap target overlaps no placed one (searched on rings around it). */
function freeSpot<T>(mark: Mark<T>, placed: Mark<T>[], view: View, unit: number): [number, number] {
  const [ax, ay] = mark.anchor;
  const blocker = (x: number, y: number) =>
    placed.find((p) => Math.hypot(p.at[0] - x, p.at[1] - y) < (p.hit + mark.hit + 1) * unit || (p.labelBox && touches(x, y, mark.hit * unit, p.labelBox)));
  const first = blocker(ax, ay);
  if (!first) return mark.anchor;
  const [bx, by] = first.labelBox && touches(ax, ay, mark.hit * unit, first.labelBox) ? centre(first.labelBox) : first.at;
  const away = Math.atan2(ay - by, ax - bx);
  const r = mark.hit * unit;
  for (let ring = 1; ring <= 80; ring++) {
    const distance = ring * 2 * unit;
    for (let step = 0; step < 24; step++) {
      // Directions alternate either side of "away from what it overlaps", nearest to it first.
      const turn = (Math.ceil(step / 2) * (step % 2 ? 1 : -1) * Math.PI) / 12;
      const x = ax + distance * Math.cos(away + turn);
      const y = ay + distance * Math.sin(away + turn);
      const inside = x - r >= view.x && x + r <= view.x + view.width && y - r >= view.y && y + r <= view.y + view.height;
      if (inside && !blocker(x, y)) return [x, y];
    }
  }
  return mark.anchor;
}

// Maps as pages lay them out: the marks of each width a page shows the map at.

/** A place to mark on a map. */
export interface MapPlaceMark {
  /** Unique on the map (the place's slug). */
  key: string;
  href: string;
  /** Its name as written beside it or in a group's list. */
  name: string;
  /** Its accessible name (with its country, or what the mark stands for). */
  label: string;
  countryCode: string;
  kind: MarkKind;
  longitude: number;
  latitude: number;
  /** Its name is written on the map, on this side of the mark. */
  labelSide?: "left" | "right" | "above" | "below";
}

/**
 * A width at which a map's marks are laid out, and the classes that show that layout only there. A mark's size is in
 * CSS pixels, so it can't scale with the picture: a phone's map groups more places than a desktop's.
 */
export interface MapTier {
  width: number;
  className: string;
  /** The same widths as a media query, for a <picture>'s sources (none for the narrowest: the fallback image). */
  media?: string;
}

/** A map as wide as the page's column, at the narrowest width of each of Tailwind's sm and lg breakpoints. */
export const pageTiers: MapTier[] = [
  { width: 328, className: "sm:hidden" },
  { width: 608, className: "max-sm:hidden lg:hidden", media: "(min-width: 640px)" },
  { width: 992, className: "max-lg:hidden", media: "(min-width: 1024px)" },
];

/** A map at most 38rem (608 px) wide: `narrowMap` is its class. */
export const narrowTiers: MapTier[] = [
  { width: 328, className: "sm:hidden" },
  { width: 608, className: "max-sm:hidden", media: "(min-width: 640px)" },
];
export const narrowMap = "max-w-[38rem]";

/** The size of a name written on a map, in CSS pixels. */
export const nameSize = 12.5;

export interface LaidOut {
  tier: MapTier;
  marks: Mark<MapPlaceMark>[];
}

/** The view, land and marks of a map, laid out for each tier. */
export function planMap(
  marks: MapPlaceMark[],
  tiers: MapTier[],
  view: View | Parameters<typeof fitView>[1],
  /** The widest a name may be, as a share of the map's width: a longer one is left to the key on that tier. */
  maxNameShare = 1,
) {
  const spots = marks.flatMap((m) => {
    const point = projectPoint(m.longitude, m.latitude);
    if (!point) return [];
    const label = m.labelSide ? { side: m.labelSide, width: textWidth(m.name, nameSize), height: nameSize * 1.2 } : undefined;
    return [{ item: m, kind: m.kind, x: point[0], y: point[1], label }];
  });
  const fitted = "aspect" in view ? fitView(spots.map((s) => [s.x, s.y]), view) : view;
  const layouts: LaidOut[] = tiers.map((tier) => ({
    tier,
    marks: layoutMarks(
      spots.map((s) => (s.label && s.label.width > maxNameShare * tier.width ? { ...s, label: undefined } : s)),
      fitted,
      tier.width,
    ),
  }));
  return { view: fitted, layouts };
}

/** A five-pointed star's path around (cx, cy). */
export function star(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? inner : outer;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${round2(cx + radius * Math.cos(angle))} ${round2(cy + radius * Math.sin(angle))}`;
  });
  return `M${points.join("L")}Z`;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
