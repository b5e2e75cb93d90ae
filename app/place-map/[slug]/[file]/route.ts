import { placeMapSpec } from "@/components/public/place-map";
import { routing, type Locale } from "@/i18n/routing";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead } from "@/lib/data/cached-read";
import { loadPlace } from "@/lib/kinds/place/public";
import { mapPictureSvg, mapPictureVersion } from "@/lib/map-layer";
import { isSlug } from "@/lib/validation/fields";
import { pageTiers } from "@/lib/world-map";

/** A place map's picture and its version, drawn once per change to the place's page (its tag). */
const placePicture = cachedRead(
  "place-map-layer",
  async (slug: string, locale: Locale, width: number) => {
    const place = await loadPlace(slug);
    if (!place) return null;
    const spec = placeMapSpec(locale, place, "");
    if (!spec.tiers.some((t) => t.width === width)) return null;
    return { svg: mapPictureSvg({ marks: spec.marks, view: spec.view, width, lines: spec.lines, maxNameShare: 0.15 }), version: mapPictureVersion(spec.marks, spec.lines) };
  },
  (slug) => [tag.place(slug)],
);

/**
 * A place map's picture (/place-map/qingdao/en-992.svg): the place and its partners drawn once per change and shown
 * by its page as an image when it has more partners than a page should carry as links (components/public/place-map.tsx).
 * Asked for with the version the page was made with (`?v=`): a browser keeps that one a day, and checks any other.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const match = /^([a-z]{2})-(\d{3,4})\.svg$/.exec(file);
  const locale = match?.[1] as Locale | undefined;
  const width = Number(match?.[2]);
  // Only what a page can ask for reaches the cache: no made-up slug, language or width is kept there.
  const asked = locale && routing.locales.includes(locale) && isSlug(slug) && pageTiers.some((t) => t.width === width);
  const picture = asked ? await placePicture(slug, locale, width) : null;
  if (!picture) return new Response("Not Found", { status: 404 });
  const current = new URL(request.url).searchParams.get("v") === picture.version;
  return new Response(picture.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=86400" : "public, max-age=0, must-revalidate",
    },
  });
}
