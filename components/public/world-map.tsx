import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { PlaceName } from "@/components/public/localized-text";
import type { Locale } from "@/i18n/routing";
import { countryNameIn } from "@/lib/i18n/format";
import {
  baseMap,
  fitView,
  landWithin,
  labelGap,
  mapColors,
  mapHeight,
  mapWidth,
  nameSize,
  pageTiers,
  planMap,
  projectPoint,
  star,
  worldView,
  type LaidOut,
  type MapPlaceMark,
  type MapTier,
  type Mark,
  type MarkKind,
  type View,
} from "@/lib/world-map";

export { narrowMap, narrowTiers, pageTiers, planMap, type MapPlaceMark, type MapTier } from "@/lib/world-map";

/** The id of a group's list (one per set of places, shared by the tiers that group them alike). */
function groupIds(idPrefix: string, layouts: LaidOut[]): Map<string, string> {
  const keys = [...new Set(layouts.flatMap((l) => l.marks.filter((m) => m.items.length > 1).map(groupKey)))].sort();
  return new Map(keys.map((k, i) => [k, `${idPrefix}-group-${i + 1}`]));
}

function groupKey(mark: Mark<MapPlaceMark>): string {
  return mark.items
    .map((i) => i.key)
    .sort()
    .join(" ");
}

/** Names in the reader's order: by pinyin on Chinese pages. */
export function nameOrder(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale === "zh" ? "zh-Hans-CN-u-co-pinyin" : "en-GB");
}

/** "12 places in South Korea", "5 places in Germany, Austria and 1 other country". */
export async function groupLabel(locale: Locale, items: MapPlaceMark[]): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Map" });
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.countryCode, (counts.get(i.countryCode) ?? 0) + 1);
  const codes = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const names = codes.slice(0, 3).map((c) => countryNameIn(locale, c));
  if (codes.length > 3) names.push(t("moreCountries", { count: codes.length - 3 }));
  const countries = new Intl.ListFormat(locale === "zh" ? "zh-CN" : "en-GB", { type: "conjunction" }).format(names);
  return t("group", { count: items.length, countries });
}

/**
 * A map drawn on the server as SVG: no tiles, no network, no JavaScript. The land is the base map (lib/world-map.ts):
 * the world's file for a wide view, the detailed land inline for a zoomed one; each mark is a link over it, and a
 * group's mark links to its list (`groupHref`). `title` and `description` are its text alternative.
 */
export async function MapSvg({
  id,
  title,
  description,
  view,
  layouts,
  lines = [],
  groupHref,
  locale,
}: {
  id: string;
  title: string;
  description: string;
  view: View;
  layouts: LaidOut[];
  lines?: string[];
  groupHref: (mark: Mark<MapPlaceMark>) => string;
  locale: Locale;
}) {
  const base = baseMap();
  const widest = Math.max(...layouts.map((l) => l.tier.width));
  const land = base.approval === null ? landWithin(view, widest * 1.15) : null;
  const groupLabels = new Map<Mark<MapPlaceMark>, string>();
  for (const { marks } of layouts) for (const m of marks) if (m.items.length > 1) groupLabels.set(m, await groupLabel(locale, m.items));
  // Strokes are in CSS pixels (non-scaling), whatever the map's size on screen.
  const px = { vectorEffect: "non-scaling-stroke" } as const;
  return (
    <svg
      viewBox={`${r(view.x)} ${r(view.y)} ${r(view.width)} ${r(view.height)}`}
      className="block h-auto w-full"
      role="group"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {land ? (
        <g aria-hidden="true" fill="none" strokeLinejoin="round">
          <rect x={r(view.x)} y={r(view.y)} width={r(view.width)} height={r(view.height)} fill="#f8fafc" />
          <path d={land.sea} fill={mapColors.ocean} />
          <path d={land.graticule} stroke={mapColors.graticule} strokeWidth={0.6} {...px} />
          <path d={land.land} fill={mapColors.land} stroke={mapColors.coast} strokeWidth={0.6} {...px} />
          <path d={land.islands} fill={mapColors.land} stroke={mapColors.coast} strokeWidth={1.2} {...px} />
        </g>
      ) : (
        <image href={base.href} x={0} y={0} width={mapWidth} height={mapHeight} aria-hidden="true" />
      )}
      {lines.map((d) => (
        <path key={d} d={d} fill="none" stroke={mapColors.line} strokeWidth={2} strokeLinecap="round" strokeDasharray="6 4" {...px} />
      ))}
      {/* Where each place is: under its own mark, or about its group's disc (round caps of zero-length lines). */}
      <path d={dots(layouts[0]?.marks ?? [])} stroke={mapColors.partner} strokeWidth={3.2} strokeLinecap="round" opacity={0.5} {...px} aria-hidden="true" />
      {layouts.map(({ tier, marks }) => {
        const unit = view.width / tier.width;
        const moved = marks.filter((m) => Math.hypot(m.at[0] - m.anchor[0], m.at[1] - m.anchor[1]) > m.radius * unit);
        return (
          <g key={tier.width} className={tier.className} stroke="#ffffff">
            {moved.length > 0 && (
              <path
                d={moved.map((m) => `M${r(m.anchor[0])} ${r(m.anchor[1])}L${r(m.at[0])} ${r(m.at[1])}`).join("")}
                stroke="#64748b"
                strokeWidth={r(unit)}
                aria-hidden="true"
              />
            )}
            {marks.map((mark) => (
              <MarkShape key={groupKey(mark)} mark={mark} unit={unit} href={mark.items.length > 1 ? groupHref(mark) : mark.items[0]!.href} label={groupLabels.get(mark) ?? mark.items[0]!.label} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Zero-length lines at the true places of every mark's places (drawn as dots by their round caps). */
function dots(marks: Mark<MapPlaceMark>[]): string {
  return marks
    .flatMap((m) => m.items)
    .flatMap((item) => {
      const p = projectPoint(item.longitude, item.latitude);
      return p ? [`M${r(p[0])} ${r(p[1])}h0`] : [];
    })
    .join("");
}

/**
 * One mark: a star for a home place, a dot for a partner, a numbered disc for a group. Its link's target is a
 * transparent disc at least 24 CSS pixels across; the focus outline is the site's own (:focus-visible).
 */
function MarkShape({ mark, unit, href, label }: { mark: Mark<MapPlaceMark>; unit: number; href: string; label: string }) {
  const [x, y] = [r(mark.at[0]), r(mark.at[1])];
  const group = mark.items.length > 1;
  const color = mark.kind === "home" ? mapColors.home : mapColors.partner;
  const single = mark.items[0]!;
  return (
    <a href={href} aria-label={label}>
      <title>{label}</title>
      <circle cx={x} cy={y} r={r(mark.hit * unit)} fill="transparent" stroke="none" />
      {group ? (
        <>
          <circle cx={x} cy={y} r={r(mark.radius * unit)} fill={color} strokeWidth={r(1.5 * unit)} />
          <text x={x} y={y} dy="0.35em" textAnchor="middle" fill="#ffffff" stroke="none" fontSize={r(11 * unit)} fontWeight={700}>
            {mark.items.length}
          </text>
        </>
      ) : mark.kind === "home" ? (
        <path d={star(mark.at[0], mark.at[1], mark.radius * 1.25 * unit)} fill={color} strokeWidth={r(1.2 * unit)} strokeLinejoin="round" />
      ) : (
        <circle cx={x} cy={y} r={r(mark.radius * unit)} fill={color} strokeWidth={r(1.2 * unit)} />
      )}
      {!group && mark.labelSide && <MarkName x={mark.at[0]} y={mark.at[1]} gap={labelGap(mark.radius) * unit} unit={unit} side={mark.labelSide} name={single.name} />}
    </a>
  );
}

function MarkName({ x, y, gap, unit, side, name }: { x: number; y: number; gap: number; unit: number; side: "left" | "right" | "above" | "below"; name: string }) {
  const positions: Record<typeof side, { x: number; y: number; dy: string; anchor: "start" | "middle" | "end" }> = {
    left: { x: x - gap, y, dy: "0.35em", anchor: "end" },
    right: { x: x + gap, y, dy: "0.35em", anchor: "start" },
    above: { x, y: y - gap, dy: "0em", anchor: "middle" },
    below: { x, y: y + gap, dy: "0.8em", anchor: "middle" },
  };
  const position = positions[side];
  return (
    <text
      x={r(position.x)}
      y={r(position.y)}
      dy={position.dy}
      textAnchor={position.anchor}
      fontSize={r(nameSize * unit)}
      fontWeight={600}
      fill="#1e293b"
      stroke="#ffffff"
      strokeWidth={r(3 * unit)}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {name}
    </text>
  );
}

/** What the base map is, under every map: boundary-free land, or the office's approved map with its number. */
export async function MapCaption({ locale, className }: { locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const { approval } = baseMap();
  return <p className={className ?? "text-xs text-slate-500"}>{approval === null ? t("captionLand") : t("captionApproval", { number: approval })}</p>;
}

/** A key entry's symbol, drawn as the map draws it. */
export function LegendSymbol({ kind, group = false }: { kind: MarkKind; group?: boolean }) {
  const color = kind === "home" ? mapColors.home : mapColors.partner;
  return (
    <svg viewBox="0 0 24 24" width={group ? 22 : 18} height={group ? 22 : 18} aria-hidden="true" className="shrink-0">
      {group ? (
        <>
          <circle cx={12} cy={12} r={10} fill={color} stroke="#ffffff" strokeWidth={1.5} />
          <text x={12} y={12} dy="0.35em" textAnchor="middle" fill="#ffffff" fontSize={11} fontWeight={700}>
            3
          </text>
        </>
      ) : kind === "home" ? (
        <path d={star(12, 12, 9)} fill={color} stroke="#ffffff" strokeWidth={1} />
      ) : (
        <circle cx={12} cy={12} r={5.5} fill={color} stroke="#ffffff" strokeWidth={1.2} />
      )}
    </svg>
  );
}

/**
 * A map as a page shows it: the map, each group's list (shown when its mark is followed: a link to an anchor, so it
 * works without JavaScript), a key, the places it could not mark, and what the base map is.
 */
export async function MapFigure({
  locale,
  id,
  title,
  description,
  marks,
  view = worldView,
  legend,
  unlocated = [],
  lines = [],
  tiers = pageTiers,
  className,
  children,
  picture,
}: {
  locale: Locale;
  id: string;
  title: string;
  description: string;
  marks: MapPlaceMark[];
  view?: View | Parameters<typeof fitView>[1];
  /** The key's entries for the kinds of mark this map shows (the group entry is added when a group shows). */
  legend: { kind: MarkKind; label: string }[];
  /** The places without a recorded position, named under the map. */
  unlocated?: { slug: string; nameEn: string; nameZh: string | null; countryCode: string }[];
  /** SVG path data of lines to draw under the marks. */
  lines?: string[];
  /** The widths its marks are laid out for (pageTiers: as wide as the page; narrowTiers with `className` narrowMap). */
  tiers?: MapTier[];
  className?: string;
  children?: ReactNode;
  /**
   * The address of the map's picture drawn at a tier's width, for a map with more marks than a page should carry
   * (lib/map-layer.ts): then the marks are one image, its text alternative the description, and the page around it
   * lists the places.
   */
  picture?: (width: number) => string;
}) {
  const t = await getTranslations({ locale, namespace: "Map" });
  if (picture) {
    const fitted = planMap(marks, [], view).view;
    return (
      <figure id={id} className={`scroll-mt-4 ${className ?? ""}`}>
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
          <MapPicture tiers={tiers} view={fitted} href={picture} alt={`${title}: ${description}`} />
        </div>
        <ul aria-label={t("legend")} className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
          {legend.map((entry) => (
            <li key={entry.label} className="flex items-center gap-1.5">
              <LegendSymbol kind={entry.kind} />
              {entry.label}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <LegendSymbol kind="partner" group />
            {t("legendGroupCount")}
          </li>
        </ul>
        {unlocated.length > 0 && (
          <p className="mt-2 text-sm text-slate-700">
            {t.rich("unlocated", { count: unlocated.length, names: () => <UnlocatedNames locale={locale} places={unlocated} /> })}
          </p>
        )}
        {children}
        <figcaption className="mt-2">
          <MapCaption locale={locale} />
        </figcaption>
      </figure>
    );
  }
  // A world's worth of marks leaves room for short names only (a phone's map names 山东省, and leaves "Shandong
  // Province" to the key).
  const plan = planMap(marks, tiers, view, 0.15);
  const ids = groupIds(id, plan.layouts);
  const collator = nameOrder(locale);
  const groups = new Map<string, Mark<MapPlaceMark>>();
  for (const { marks: laid } of plan.layouts) for (const m of laid) if (m.items.length > 1 && !groups.has(groupKey(m))) groups.set(groupKey(m), m);
  const panels = await Promise.all(
    [...groups].map(async ([key, mark]) => ({
      id: ids.get(key)!,
      label: await groupLabel(locale, mark.items),
      items: [...mark.items].sort((a, b) => collator.compare(a.name, b.name)),
      countries: new Set(mark.items.map((i) => i.countryCode)).size,
    })),
  );
  return (
    <figure id={id} className={`scroll-mt-4 ${className ?? ""}`}>
      <div className="relative overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
        <MapSvg id={`${id}-svg`} title={title} description={description} view={plan.view} layouts={plan.layouts} lines={lines} groupHref={(m) => `#${ids.get(groupKey(m))}`} locale={locale} />
        {panels.map((panel) => (
          <section
            key={panel.id}
            id={panel.id}
            aria-labelledby={`${panel.id}-heading`}
            className="hidden scroll-mt-4 border-t border-slate-200 bg-white p-3 text-sm target:block sm:absolute sm:top-3 sm:right-3 sm:max-h-[calc(100%-1.5rem)] sm:w-72 sm:overflow-y-auto sm:rounded-md sm:border sm:shadow-lg"
          >
            <div className="flex items-start justify-between gap-3">
              <h3 id={`${panel.id}-heading`} className="font-semibold text-slate-800">
                {panel.label}
              </h3>
              <a href={`#${id}`} className="shrink-0 text-brand-700 underline">
                {t("closeGroup")}
              </a>
            </div>
            <ul className="mt-2 space-y-1 [&_a]:text-brand-700 [&_a]:underline">
              {panel.items.map((item) => (
                <li key={item.key}>
                  <a href={item.href}>{item.name}</a>
                  {panel.countries > 1 && <> · {countryNameIn(locale, item.countryCode)}</>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ul aria-label={t("legend")} className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
        {legend.map((entry) => (
          <li key={entry.label} className="flex items-center gap-1.5">
            <LegendSymbol kind={entry.kind} />
            {entry.label}
          </li>
        ))}
        {panels.length > 0 && (
          <li className="flex items-center gap-1.5">
            <LegendSymbol kind="partner" group />
            {t("legendGroup")}
          </li>
        )}
      </ul>
      {unlocated.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("unlocated", { count: unlocated.length, names: () => <UnlocatedNames locale={locale} places={unlocated} /> })}
        </p>
      )}
      {children}
      <figcaption className="mt-2">
        <MapCaption locale={locale} />
      </figcaption>
    </figure>
  );
}

/**
 * A map drawn as one image per width (lib/map-layer.ts): the browser takes the file for the width it shows the map at,
 * whose marks are laid out for that width, as an inline map's tiers are.
 */
export function MapPicture({ tiers, view, href, alt }: { tiers: MapTier[]; view: View; href: (width: number) => string; alt: string }) {
  const [narrowest, ...wider] = [...tiers].sort((a, b) => a.width - b.width);
  const height = (width: number) => Math.round((width * view.height) / view.width);
  return (
    <picture>
      {wider.reverse().map((tier) => (
        <source key={tier.width} media={tier.media} srcSet={href(tier.width)} width={tier.width} height={height(tier.width)} />
      ))}
      {/* A plain image: the picture is an SVG file drawn by the server, nothing for next/image to resize. */}
      <img src={href(narrowest!.width)} alt={alt} width={narrowest!.width} height={height(narrowest!.width)} className="block h-auto w-full" />
    </picture>
  );
}

/**
 * The places a map can't show, as a list in the reader's language: "Columbus (United States) and Gwangju (South
 * Korea)", "美国哥伦布市和韩国Gwangju", a name with no Chinese marked lang="en".
 */
export function UnlocatedNames({
  locale,
  places,
  links = false,
}: {
  locale: Locale;
  places: { slug: string; nameEn: string; nameZh: string | null; countryCode: string }[];
  /** Each name a link to its place's page. */
  links?: boolean;
}) {
  const list = new Intl.ListFormat(locale === "zh" ? "zh-CN" : "en-GB", { type: "conjunction" });
  const parts = list.formatToParts(places.map((_, i) => String(i)));
  return (
    <>
      {parts.map((part, i) => {
        if (part.type !== "element") return part.value;
        const place = places[Number(part.value)]!;
        const country = countryNameIn(locale, place.countryCode);
        const name = links ? (
          <a href={`/${locale}/cities/${place.slug}`} className="text-brand-700 underline">
            <PlaceName locale={locale} place={place} />
          </a>
        ) : (
          <PlaceName locale={locale} place={place} />
        );
        return <Fragment key={i}>{locale === "zh" ? <>{country}{name}</> : <>{name} ({country})</>}</Fragment>;
      })}
    </>
  );
}
