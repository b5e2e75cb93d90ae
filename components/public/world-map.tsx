import { mapHeight, mapWidth, projectPoint } from "@/lib/world-map";

export interface MapMark {
  href: string;
  label: string;
  longitude: number;
  latitude: number;
  home?: boolean;
}

/**
 * A world map drawn on the server as SVG from Natural Earth data (world-atlas): no tiles, no network, no JavaScript.
 * The land is the static /world-map.svg (one file for every map); each mark is a link over it. `description` is the
 * map's text alternative, and the page lists the same places beside it.
 */
export function WorldMap({ marks, title, description, id = "map" }: { marks: MapMark[]; title: string; description: string; id?: string }) {
  return (
    <svg viewBox={`0 0 ${mapWidth} ${mapHeight}`} className="h-auto w-full" role="group" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <image href="/world-map.svg" width={mapWidth} height={mapHeight} aria-hidden="true" />
      {marks.map((mark) => {
        const point = projectPoint(mark.longitude, mark.latitude);
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
