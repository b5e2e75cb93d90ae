import { z } from "zod";
import { delegationDirections, eventKinds } from "@/lib/enums";
import { directoryQueryString, parseDirectoryQuery, type DirectoryQuery } from "@/lib/validation/directory";
import { first, lenientEnum, lenientYear, listFilters, queryString } from "@/lib/validation/lists";
import { twinRoutes } from "./public-view-segments";

export { stateParams, stateQuery } from "./public-view-segments";

/**
 * Public pages whose state is in the query string (the directory's filters, the events' and delegations' filters,
 * a profile's timeline filter) are cached whole like every other public page. The query string can't be part of a
 * cached page's key, so proxy.ts rewrites such a URL onto a twin route that carries the state as a path segment:
 * /en/partners?type=sister_city&country=JP is served by /en/directory/country%3DJP%26type%3Dsister_city. The state is
 * put in its canonical form first (fixed order, defaults and unknown parameters dropped), so that the URLs that show
 * the same page share one cache entry, and junk parameters can't multiply entries. The public URLs stay as they are.
 */

type Params = Record<string, string | string[] | undefined>;

// The page comes last, as in the directory's query string ("kind=forum&page=2").
const eventFilterSchema = z.object({ kind: lenientEnum(eventKinds), year: lenientYear, page: listFilters.page });
const delegationFilterSchema = z.object({ direction: lenientEnum(delegationDirections), year: lenientYear, page: listFilters.page });
const agreementPageSchema = z.object({ page: listFilters.page });

export type EventFilter = z.output<typeof eventFilterSchema>;
export type DelegationFilter = z.output<typeof delegationFilterSchema>;
export type AgreementPage = z.output<typeof agreementPageSchema>;

/** A list page: its public path, its twin route, how its state is read, and the state's canonical query string. */
interface View<State> {
  path: string;
  route: string;
  parse: (params: Params) => State;
  canonical: (params: Params) => string;
}

const filterView = <State extends Record<string, string | number | undefined>>(path: string, route: string, schema: z.ZodType<State>): View<State> => ({
  path,
  route,
  parse: (params) => schema.parse(params),
  canonical: (params) => queryString(schema.parse(params)),
});

export const views = {
  directory: {
    path: "/partners",
    route: twinRoutes.directory,
    parse: (params: Params) => parseDirectoryQuery(params),
    canonical: (params: Params) => directoryQueryString(parseDirectoryQuery(params)),
  } satisfies View<DirectoryQuery>,
  events: filterView<EventFilter>("/events", twinRoutes.events, eventFilterSchema),
  delegations: filterView<DelegationFilter>("/delegations", twinRoutes.delegations, delegationFilterSchema),
  agreements: filterView<AgreementPage>("/agreements", twinRoutes.agreements, agreementPageSchema),
};

export type ViewName = keyof typeof views;
export type ViewState<V extends ViewName> = ReturnType<(typeof views)[V]["parse"]>;

export const timelineKinds = ["agreement", "delegation", "event"] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/**
 * A profile's timeline state (?kind=event&page=2): a kind, and a page of that kind's entries. A page without a kind
 * means nothing (the profile shows the latest entries of all kinds) and is dropped, as is page 1.
 */
function timelineState(params: Params): { kind?: TimelineKind; page: number } {
  const kind = timelineKinds.find((k) => k === first(params.kind));
  return { kind, page: kind ? listFilters.page.parse(params.page) : 1 };
}

function paramsOf(search: URLSearchParams): Params {
  const params: Params = {};
  for (const [key, value] of search) {
    const previous = params[key];
    params[key] = previous === undefined ? value : ([] as string[]).concat(previous, value);
  }
  return params;
}

const stateful = /^\/(en|zh)\/(partners|events|delegations|agreements)(?:\/([a-z0-9-]{1,120}))?$/;

/**
 * The canonical query string of a public URL whose state is in its query ("country=JP&page=2"; "" for none), or null
 * for a URL that has no such state. One state has one address: a URL with empty parameters (`?q=&type=`, as a search
 * form sends them), defaults, unknown or repeated parameters, or another order is sent to this one (proxy.ts).
 */
export function canonicalQuery(pathname: string, search: URLSearchParams): string | null {
  const match = stateful.exec(pathname);
  if (!match) return null;
  const [, , section, slug] = match;
  const params = paramsOf(search);
  if (slug) {
    if (section !== "partners") return null;
    return queryString(timelineState(params));
  }
  return Object.values(views).find((v) => v.path === `/${section}`)!.canonical(params);
}

/** Whether a query string says the same as `canonical`: the same parameters in the same order, however encoded. */
export function isCanonicalQuery(search: URLSearchParams, canonical: string): boolean {
  const given = [...search];
  const wanted = [...new URLSearchParams(canonical)];
  return given.length === wanted.length && given.every(([k, v], i) => k === wanted[i]![0] && v === wanted[i]![1]);
}

/**
 * The twin route a public URL is served by, or null when it is served as it is (no state, or only defaults and
 * unknown parameters). `pathname` is the locale-prefixed path ("/en/partners").
 */
export function viewRoute(pathname: string, search: URLSearchParams): string | null {
  const match = stateful.exec(pathname);
  if (!match || search.size === 0) return null;
  const [, locale, section, slug] = match;
  const params = paramsOf(search);
  if (slug) {
    // A profile's timeline filter: /en/partners/jinan-vantaa?kind=event.
    if (section !== "partners") return null;
    const { kind, page } = timelineState(params);
    if (!kind) return null;
    return `/${locale}/partners/${slug}/timeline/${kind}${page > 1 ? `/${page}` : ""}`;
  }
  const view = Object.values(views).find((v) => v.path === `/${section}`)!;
  const state = view.canonical(params);
  return state ? `/${locale}/${view.route}/${encodeURIComponent(state)}` : null;
}
