import "server-only";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { renderingPage } from "@/lib/page-path";
import { stateParams, stateQuery, views, type ViewName, type ViewState } from "@/lib/public-views";

/**
 * How every public page (app/[locale]/…) and its metadata start: the URL's language, then one loader from a kind's
 * public reads (lib/kinds/<kind>/public.ts), then a view from components/public/.
 */

/**
 * The language in the URL (any other is a 404), set for this render. `path` (without the locale) is the page's own
 * address, given by a page that reads the database: a cached page can't read its request, and the 503 page offers the
 * way back to it (lib/page-path.ts).
 */
export async function publicLocale(params: Promise<{ locale: string }>, path?: string): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (path !== undefined) renderingPage(`/${locale}${path}`);
  return locale;
}

/**
 * A list page's language and state: its first page (/events, no state) or a twin route (/event-list/{state}) that
 * proxy.ts rewrote a query string to (lib/public-views.ts). The 503 page's way back is the address the visitor asked for.
 */
export async function publicList<V extends ViewName>(
  params: Promise<{ locale: string; state?: string }>,
  name: V,
): Promise<{ locale: Locale; state: ViewState<V> }> {
  const { state } = await params;
  const view = views[name];
  const locale = await publicLocale(params, state === undefined ? view.path : `${view.path}?${stateQuery(state)}`);
  return { locale, state: view.parse(state === undefined ? {} : stateParams(state)) as ViewState<V> };
}

/** A list page's state as its canonical query string ("" for the unfiltered first page), for its metadata. */
export async function listQuery(params: Promise<{ state?: string }>, name: ViewName): Promise<string> {
  const { state } = await params;
  return state === undefined ? "" : views[name].canonical(stateParams(state));
}

/** A record's page (/cities/{slug}, /events/{slug}, /partners/{slug}): its language and its record, or a 404. */
export async function publicRecord<R>(
  params: Promise<{ locale: string; slug: string }>,
  section: string,
  load: (slug: string) => Promise<R | null>,
): Promise<{ locale: Locale; record: R }> {
  const { slug } = await params;
  const locale = await publicLocale(params, `${section}/${slug}`);
  const record = await load(slug);
  if (!record) notFound();
  return { locale, record };
}

/** A record page's metadata; none for a record that isn't there (the page answers 404). */
export async function recordMetadata<R>(
  params: Promise<{ locale: string; slug: string }>,
  section: string,
  load: (slug: string) => Promise<R | null>,
  metadata: (locale: Locale, record: R) => Metadata | Promise<Metadata>,
): Promise<Metadata> {
  const { slug } = await params;
  const locale = await publicLocale(params, `${section}/${slug}`);
  const record = await load(slug);
  return record ? metadata(locale, record) : {};
}
