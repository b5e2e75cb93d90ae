import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

/**
 * The world map's geometry: Natural Earth's countries (world-atlas, 1:110m) in the Equal Earth projection, in a
 * 960 × 480 box. The land is drawn once, as the static /world-map.svg; pages draw only their marks over it, placed
 * with the same projection.
 */
export const mapWidth = 960;
export const mapHeight = 480;

const projection = geoEqualEarth().fitExtent(
  [
    [4, 4],
    [mapWidth - 4, mapHeight - 4],
  ],
  { type: "Sphere" },
);

/** Where a place falls on the map, or null if it can't be projected. */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
  return projection([longitude, latitude]);
}

/** The land as one SVG path (computed when asked: only /world-map.svg needs it). */
export function landPath(): string {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topology, topology.objects.countries) as unknown as FeatureCollection;
  const path = geoPath(projection);
  return land.features.map((f) => path(f) ?? "").join("");
}
