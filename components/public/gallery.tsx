import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { attachmentHref } from "@/lib/attachments/http";
import type { PublicAttachment } from "@/lib/attachments/public";
import { htmlLang, pick } from "@/lib/i18n/content";
import { formatNumber } from "@/lib/i18n/format";

/** The width a photo is shown at first: a rendition about a column wide, the browser picking from srcset after. */
const preferredWidth = 640;

/** A photo's files for srcset: its renditions (WebP, made once on upload), or its original when it is too small to have any. */
function sources(photo: PublicAttachment): { src: string; srcSet: string } {
  if (!photo.renditionWidths.length) return { src: attachmentHref(photo), srcSet: `${attachmentHref(photo)} ${photo.width}w` };
  const widths = [...photo.renditionWidths].sort((a, b) => a - b);
  const first = widths.find((w) => w >= preferredWidth) ?? widths.at(-1)!;
  return { src: attachmentHref(photo, first), srcSet: widths.map((w) => `${attachmentHref(photo, w)} ${w}w`).join(", ") };
}

/** A public photo in the sizes the screen needs (`sizes`: how wide it is shown), with its alt text in the reader's language. */
export function Photo({ locale, photo, sizes, className = "h-auto w-full rounded-md border border-slate-200 bg-slate-100", eager = false }: { locale: Locale; photo: PublicAttachment; sizes: string; className?: string; eager?: boolean }) {
  const { src, srcSet } = sources(photo);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Amity made these renditions once, on upload (lib/attachments/inspect.ts), and serves them with their ETag: the image optimizer would only resize them again.
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      alt={pick(locale, photo.altEn, photo.altZh)?.text ?? ""}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={className}
    />
  );
}

/** A size for people: "1.2 MB", "340 kB". */
function sizeText(locale: Locale, bytes: number): string {
  return bytes >= 1_000_000 ? `${formatNumber(locale, Math.round(bytes / 100_000) / 10)} MB` : `${formatNumber(locale, Math.max(1, Math.round(bytes / 1000)))} kB`;
}

/**
 * A record's public photos (captioned, credited, in the sizes the screen needs) and documents (a signed agreement's
 * scan, a programme), for its public page. Nothing when it has none.
 */
export async function Gallery({
  locale,
  items,
  className = "mt-8",
  compact = false,
}: {
  locale: Locale;
  items: PublicAttachment[];
  className?: string;
  /** Within an entry of a list (a delegation): no heading of its own, smaller pictures. */
  compact?: boolean;
}) {
  if (!items.length) return null;
  const t = await getTranslations({ locale, namespace: "Gallery" });
  const photos = items.filter((i) => i.kind === "photo");
  const documents = items.filter((i) => i.kind === "document");
  return (
    <section aria-labelledby={compact ? undefined : "gallery"} aria-label={compact ? t("title") : undefined} className={className}>
      {!compact && <h2 id="gallery" className="text-xl font-semibold text-brand-800">{t("title")}</h2>}
      {photos.length > 0 && (
        <ul className={compact ? "mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3" : "mt-3 grid gap-4 sm:grid-cols-2"}>
          {photos.map((photo) => {
            const caption = pick(locale, photo.captionEn, photo.captionZh);
            return (
              <li key={photo.id}>
                <figure>
                  <a href={attachmentHref(photo)} title={t("open")}>
                    <Photo locale={locale} photo={photo} sizes={compact ? "(min-width: 640px) 12rem, 50vw" : "(min-width: 640px) 22rem, 100vw"} />
                  </a>
                  {(caption || photo.credit) && (
                    <figcaption className="mt-1 text-sm text-slate-700">
                      {caption && <span lang={htmlLang[caption.lang]}>{caption.text}</span>}
                      {/* Chinese sets the credit in full-width brackets, with no space before it. */}
                      {caption && photo.credit && locale === "en" && " "}
                      {photo.credit && <span className="text-slate-500">{t("photoCredit", { credit: photo.credit })}</span>}
                    </figcaption>
                  )}
                </figure>
              </li>
            );
          })}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="mt-3 space-y-1">
          {documents.map((doc) => {
            const caption = pick(locale, doc.captionEn, doc.captionZh);
            return (
              <li key={doc.id}>
                <a href={attachmentHref(doc)} className="text-brand-700 underline" type="application/pdf">
                  {caption ? <span lang={htmlLang[caption.lang]}>{caption.text}</span> : <span lang="en">{doc.fileName}</span>}
                </a>{" "}
                <span className="text-sm text-slate-600">{t("document", { pages: doc.pageCount ?? 0, size: sizeText(locale, doc.byteSize) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
