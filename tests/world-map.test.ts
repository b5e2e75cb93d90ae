import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fitView,
  greatCirclePath,
  landWithin,
  layoutMarks,
  mapColors,
  mapHeight,
  mapWidth,
  minTarget,
  projectPoint,
  worldLandSvg,
  type Spot,
  type View,
} from "@/lib/world-map";

/** The rings of an SVG path's data (absolute M/L commands, or M then relative l, each ring closed by Z). */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let ring: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const n = (args ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === "M") {
      if (ring.length) out.push(ring);
      at = [n[0]!, n[1]!];
      ring = [at];
    } else if (command === "L" || command === "l") {
      for (let i = 0; i < n.length; i += 2) {
        at = command === "L" ? [n[i]!, n[i + 1]!] : [at[0] + n[i]!, at[1] + n[i + 1]!];
        ring.push(at);
      }
    }
  }
  if (ring.length) out.push(ring);
  return out;
}

/** Whether a point is inside a set of rings (even-odd, as SVG fills them). */
function inside([x, y]: [number, number], paths: [number, number][][]): boolean {
  let odd = false;
  for (const ring of paths) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const landPaths = () => [...worldLandSvg().matchAll(new RegExp(`<path d="([^"]+)" fill="${mapColors.land}"`, "g"))].map((m) => m[1]!);
const at = (longitude: number, latitude: number) => projectPoint(longitude, latitude)!;

describe("the world map's land", () => {
  it("draws no boundary: no edge is shared by two pieces of land (countries would share every border)", () => {
    // Each edge, with the pieces of land (rings) it outlines.
    const edges = new Map<string, Set<number>>();
    landPaths()
      .flatMap(rings)
      .forEach((ring, piece) => {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1]!.join(","), ring[i]!.join(",")];
          if (a === b) continue;
          const key = a < b ? `${a}|${b}` : `${b}|${a}`;
          edges.set(key, (edges.get(key) ?? new Set()).add(piece));
        }
      });
    const shared = [...edges].filter(([, pieces]) => pieces.size > 1);
    expect(edges.size).toBeGreaterThan(1000);
    expect(shared).toEqual([]);
  });

  it("draws Taiwan, Hainan, Xisha's Yongxing Dao and Diaoyu Dao as land, and the sea between as sea", () => {
    const land = landPaths().flatMap(rings);
    expect(inside(at(120.97, 23.7), land)).toBe(true); // Taiwan
    expect(inside(at(109.8, 19.2), land)).toBe(true); // Hainan
    expect(inside(at(117.0, 36.6), land)).toBe(true); // Shandong
    expect(inside(at(123.0, 30.0), land)).toBe(false); // the East China Sea
    // Islands a few hundred metres across: found in the land, where the 1:10m land puts them.
    const islands = rings(landPaths()[1]!);
    const near = (lon: number, lat: number) => islands.some((ring) => ring.some(([x, y]) => Math.hypot(x - at(lon, lat)[0], y - at(lon, lat)[1]) < 0.5));
    expect(near(112.34, 16.83)).toBe(true); // Yongxing Dao (Woody Island), Xisha
    expect(near(114.36, 10.38)).toBe(true); // Nansha
    expect(near(123.52, 25.75)).toBe(true); // Diaoyu Dao
  });

  it("sends a zoomed window's land inline, only what shows, and the world's as the file", () => {
    expect(landWithin({ x: 0, y: 0, width: mapWidth, height: mapHeight }, 1000)).toBeNull();
    const korea = fitView([at(117.12, 36.65), at(127.03, 37.26)], { aspect: 1.5 });
    const land = landWithin(korea, 400)!;
    expect(land.land.length).toBeGreaterThan(2000);
    expect(land.land.length).toBeLessThan(30_000);
    // Every point drawn is within the window (with the few pixels' margin that keeps the coast's stroke off its edge).
    const margin = (korea.width / 400) * 5;
    for (const [x] of rings(land.land).flat()) {
      expect(x).toBeGreaterThan(korea.x - margin);
      expect(x).toBeLessThan(korea.x + korea.width + margin);
    }
  });
});

describe("fitting a map to its places", () => {
  const contains = (view: View, [x, y]: [number, number], margin = 0) =>
    x >= view.x + margin && x <= view.x + view.width - margin && y >= view.y + margin && y <= view.y + view.height - margin;

  it("zooms to two places with room around both, in the map's box and at the asked proportions", () => {
    const jinan = at(117.12, 36.65);
    const vantaa = at(25.04, 60.29);
    const view = fitView([jinan, vantaa], { aspect: 1.5, padding: 0.2 });
    expect(view.width / view.height).toBeCloseTo(1.5);
    expect(view.width).toBeLessThan(mapWidth / 2);
    for (const p of [jinan, vantaa]) expect(contains(view, p, view.height * 0.19)).toBe(true);
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.y + view.height).toBeLessThanOrEqual(mapHeight);
  });

  it("shows places a few kilometres apart no closer than its least width", () => {
    const view = fitView([at(117.12, 36.65), at(117.02, 36.67)], { aspect: 2, minWidth: 70 });
    expect(view.width).toBe(70);
    expect(view.height).toBe(35);
  });

  it("gives places around the world the world's width, cropped to the latitudes they need", () => {
    const places = [at(117.12, 36.65), at(-3.7, 40.4), at(-121.49, 38.58), at(-46.63, -23.55)];
    const band = fitView(places.slice(0, 3), { aspect: 2, maxAspect: 3.2 });
    expect(band).toMatchObject({ x: 0, width: mapWidth, height: mapWidth / 3.2 });
    for (const p of places.slice(0, 3)) expect(contains(band, p, 30)).toBe(true);
    // São Paulo's tropic too: a taller band.
    const taller = fitView(places, { aspect: 2, maxAspect: 3.2 });
    expect(taller.height).toBeGreaterThan(band.height);
    for (const p of places) expect(contains(taller, p, 30)).toBe(true);
    // A map of one proportion (a profile's) shows such places on the whole world.
    expect(fitView(places, { aspect: 1.5 })).toEqual({ x: 0, y: 0, width: mapWidth, height: mapHeight });
  });

  it("draws the line from Shandong to California across the Pacific in one piece, as the shortest way goes", () => {
    const d = greatCirclePath([117.12, 36.65], [-121.49, 38.58]);
    expect(d.match(/M/g)).toHaveLength(1);
    // It bends north of both ends (a great circle), not along their latitude.
    const ys = rings(d)[0]!.map(([, y]) => y);
    expect(Math.min(...ys)).toBeLessThan(Math.min(at(117.12, 36.65)[1], at(-121.49, 38.58)[1]) - 20);
  });
});

describe("marks on a map", () => {
  const korea: [string, number, number][] = [
    ["seoul", 126.98, 37.57],
    ["incheon", 126.71, 37.46],
    ["suwon", 127.03, 37.26],
    ["gyeonggi-do", 127.03, 37.26],
    ["daejeon", 127.38, 36.35],
    ["jeju", 126.53, 33.5],
  ];
  const spots = (places: [string, number, number][], kind: "home" | "partner" = "partner"): Spot<string>[] =>
    places.map(([item, lon, lat]) => ({ item, kind, x: at(lon, lat)[0], y: at(lon, lat)[1] }));
  const world: View = { x: 0, y: 0, width: mapWidth, height: mapHeight };
  const shandong = spots([["shandong", 117.02, 36.67]], "home");

  it("groups places too close to tap apart (Korea's, on a phone's world map) into one mark holding them all", () => {
    const marks = layoutMarks([...shandong, ...spots(korea)], world, 358);
    const group = marks.find((m) => m.kind === "partner")!;
    expect(marks).toHaveLength(2);
    expect(group.items.sort()).toEqual(korea.map(([slug]) => slug).sort());
    // Two places at the same position (Suwon and Gyeonggi-do's seat) are one group however wide the map.
    expect(layoutMarks(spots(korea), world, 4000).find((m) => m.items.includes("suwon"))!.items).toContain("gyeonggi-do");
  });

  it("keeps the home mark where it is and moves a group that would cover it aside", () => {
    const marks = layoutMarks([...shandong, ...spots(korea)], world, 358);
    const home = marks.find((m) => m.kind === "home")!;
    const group = marks.find((m) => m.kind === "partner")!;
    expect(home.at).toEqual(at(117.02, 36.67));
    const unit = mapWidth / 358;
    expect(Math.hypot(home.at[0] - group.at[0], home.at[1] - group.at[1]) / unit).toBeGreaterThanOrEqual(home.hit + group.hit);
  });

  it("never lets two marks' tap targets overlap, and every target is at least 24 px across", () => {
    const place = fc.tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -55, max: 70, noNaN: true }));
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 60 }), fc.constantFrom(328, 608, 992), (places, width) => {
        const marks = layoutMarks([...shandong, ...spots(places.map(([lon, lat], i) => [`p${i}`, lon, lat]))], world, width);
        const unit = mapWidth / width;
        expect(marks.flatMap((m) => m.items).sort()).toEqual(["shandong", ...places.map((_, i) => `p${i}`)].sort());
        for (const m of marks) expect(m.hit * 2).toBeGreaterThanOrEqual(minTarget);
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            const [a, b] = [marks[i]!, marks[j]!];
            expect(Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]) / unit).toBeGreaterThanOrEqual(a.hit + b.hit - 0.01);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("groups a world of places (the benchmark's 2,000) the way it groups a few: the closest pair first, until none overlap", () => {
    // The plain way, pair by pair over every cluster: the reference the grid and heap must agree with.
    const reference = (all: Spot<string>[], width: number) => {
      const unit = mapWidth / width;
      const reach = (c: { items: string[] }) => (c.items.length >= 100 ? 13 : 12) * unit;
      const clusters = all.map((s) => ({ items: [s.item], points: [[s.x, s.y]] as [number, number][], x: s.x, y: s.y }));
      for (;;) {
        let best: [number, number, number] | null = null;
        for (let i = 0; i < clusters.length; i++)
          for (let j = i + 1; j < clusters.length; j++) {
            const d = Math.hypot(clusters[i]!.x - clusters[j]!.x, clusters[i]!.y - clusters[j]!.y);
            if (d < reach(clusters[i]!) + reach(clusters[j]!) && (!best || d < best[2])) best = [i, j, d];
          }
        if (!best) return clusters.map((c) => c.items.join(" ")).sort();
        const [a, b] = [clusters[best[0]]!, clusters.splice(best[1], 1)[0]!];
        a.items.push(...b.items);
        a.points.push(...b.points);
        a.x = a.points.reduce((s, p) => s + p[0], 0) / a.points.length;
        a.y = a.points.reduce((s, p) => s + p[1], 0) / a.points.length;
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 120, max: 135, noNaN: true }), fc.double({ min: 30, max: 42, noNaN: true })), { minLength: 1, maxLength: 150 }),
        fc.constantFrom(328, 992),
        (places, width) => {
          const all = spots(places.map(([lon, lat], i) => [`p${i}`, lon, lat]));
          expect(layoutMarks(all, world, width).map((m) => m.items.join(" ")).sort()).toEqual(reference(all, width));
        },
      ),
      { numRuns: 40 },
    );
    // 2,000 places over the world, some sharing a position: every place in exactly one mark, no two targets overlapping.
    const many = spots(Array.from({ length: 2000 }, (_, i) => [`p${i}`, ((i * 137.508) % 340) - 170, ((i * 61.8) % 120) - 50 + (i % 7 === 0 ? 0 : 0.01)]));
    const marks = layoutMarks(many, world, 328);
    expect(marks.flatMap((m) => m.items)).toHaveLength(2000);
    const unit = mapWidth / 328;
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++)
        expect(Math.hypot(marks[i]!.at[0] - marks[j]!.at[0], marks[i]!.at[1] - marks[j]!.at[1]) / unit).toBeGreaterThanOrEqual(marks[i]!.hit + marks[j]!.hit - 0.01);
  });
});
