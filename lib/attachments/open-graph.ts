import "server-only";
import type { Metadata } from "next";
import type { Locale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { pick } from "@/lib/i18n/content";
import { attachmentHref } from "./http";
import type { PublicAttachment } from "./public";

/** How wide a shared link's picture need be: social sites show about 1200 pixels at most. */
const openGraphWidth = 1200;

/**
 * A public page's metadata with its first public photo as the picture a shared link shows (og:image, and a large card
 * on X): the largest rendition up to 1200 pixels wide, with its size and alt text. Unchanged without a photo.
 */
export function withGalleryPhoto(metadata: Metadata, locale: Locale, gallery: PublicAttachment[]): Metadata {
  const photo = gallery.find((a) => a.kind === "photo" && a.width && a.height);
  if (!photo) return metadata;
  const fitting = [...photo.renditionWidths].sort((a, b) => a - b).filter((w) => w <= openGraphWidth);
  const width = fitting.at(-1);
  const url = `${env().AMITY_SITE_URL}${width === undefined ? attachmentHref(photo) : attachmentHref(photo, width)}`;
  const shownWidth = width ?? photo.width!;
  const image = { url, width: shownWidth, height: Math.round((photo.height! * shownWidth) / photo.width!), alt: pick(locale, photo.altEn, photo.altZh)?.text };
  return { ...metadata, openGraph: { ...metadata.openGraph, images: [image] }, twitter: { card: "summary_large_image", images: [url] } };
}
