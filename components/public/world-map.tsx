import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

const width = 960;
const height = 480;

// The land and the projection are the same for every request: computed once per server process.
let base: { land: string; project: (lng: number, lat: number) => [number, number] | null } | undefined;

function basemap() {
  if (base) return base;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topology, topology.objects.countries) as unknown as FeatureCollection;
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection);
  base = {
    land: land.features.map((f) => path(f) ?? "").join(""),
    project: (lng, lat) => projection([lng, lat]),
  };
  return base;
}

export interface MapMark {
  href: string;
  label: string;
  longitude: number;
  latitude: number;
  home?: boolean;
}

/**
 * A world map drawn on the server as SVG from Natural Earth data (world-atlas): no tiles, no network, no JavaScript.
 * Each mark is a link; `description` is the map's text alternative, and the page lists the same places beside it.
 */
export function WorldMap({ marks, title, description, id = "map" }: { marks: MapMark[]; title: string; description: string; id?: string }) {
  const { land, project } = basemap();
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="group" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={width} height={height} fill="#eef3fa" rx="8" />
      <path d={land} fill="#cbd5e1" stroke="#ffffff" strokeWidth={0.5} aria-hidden="true" />
      {marks.map((mark) => {
        const point = project(mark.longitude, mark.latitude);
        if (!point) return null;
        return (
          <a key={mark.href} href={mark.href} aria-label={mark.label}>
            <title>{mark.label}</title>
            <circle
              cx={point[0].toFixed(1)}
              cy={point[1].toFixed(1)}
              r={mark.home ? 6 : 4}
              fill={mark.home ? "#a4262c" : "#1f4e8c"}
              stroke="#ffffff"
              strokeWidth={1}
              className="focus:outline-none"
            />
          </a>
        );
      })}
    </svg>
  );
}
