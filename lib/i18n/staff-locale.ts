import "server-only";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { staffLocales, type StaffLocale } from "@/lib/enums";

/**
 * The language of the staff workspace for the request being answered: the signed-in account's (users.locale), or for
 * nobody signed in the browser's. It is kept per request so that `staffText` can stay synchronous wherever it runs.
 *
 * Why Next.js's work-unit store and not React's `cache()`: a cache() cell is only shared within a React Server
 * Components render. In a server action or a route handler React has no request to hang it on, so each call makes a
 * new cell and the language set by the access check would be gone by the time the action's messages are written.
 * Node's AsyncLocalStorage.enterWith, set inside the access check, would not reach the caller after its `await`
 * either. The work-unit store is the object Next.js itself keeps for one request (render, server action and route
 * handler alike; `headers()` and `cookies()` read it), is never shared between requests, and is looked up through
 * async context, so two users' requests answered at once each find their own. Keying a WeakMap on it lets the entry
 * go with the request. The module is Next.js's own ".external" singleton (one AsyncLocalStorage per process, made with
 * getOrCreateGlobalAsyncLocalStorage), not a public API: tests/staff-locale.test.ts fails if it moves.
 */
const chosen = new WeakMap<object, StaffLocale>();

/** The request being answered, or undefined outside one (unit tests, scripts). */
function currentRequest(): object | undefined {
  return workUnitAsyncStorage.getStore();
}

/** Whether a request is being answered (not a unit test or a script calling the code directly). */
export const inRequest = (): boolean => currentRequest() !== undefined;

/** Sets this request's staff language (the access checks in lib/auth/session.ts do, once they know who is asking). */
export function setStaffLocale(locale: StaffLocale): void {
  const request = currentRequest();
  if (request) chosen.set(request, locale);
}

/** This request's staff language; English (the catalogue's source language) outside a request or before it is known. */
export function staffLocale(): StaffLocale {
  const request = currentRequest();
  return (request && chosen.get(request)) ?? "en";
}

export const isStaffLocale = (value: unknown): value is StaffLocale => (staffLocales as readonly unknown[]).includes(value);

/**
 * The staff language a browser prefers, from its Accept-Language header: Chinese when a Chinese tag ranks above
 * every English one (by q-value, then by order), else English. For the sign-in page, before anyone is known.
 */
export function browserStaffLocale(acceptLanguage: string | null | undefined): StaffLocale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && Number.isFinite(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((l) => l.tag === "zh" || l.tag.startsWith("zh-") || l.tag === "en" || l.tag.startsWith("en-"));
  return first && first.tag.startsWith("zh") ? "zh" : "en";
}
