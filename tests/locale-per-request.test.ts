import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf, type Db } from "@/db";
import en from "@/messages/staff.en.json";
import zhMessages from "@/messages/staff.zh.json";
import { freshDatabase } from "./support/db";

/**
 * The staff language is per request (lib/i18n/staff-locale.ts): two people's requests answered at the same time, one
 * in Chinese and one in English, each get their own words, through the real access check (getCurrentUser reading
 * users.locale from the database) and the synchronous staffText. A request here is what Next.js makes of one: a
 * work-unit store of its own, run through its AsyncLocalStorage, with that request's session and headers.
 */
// Next.js's server puts AsyncLocalStorage on globalThis before its stores are made; so does this suite.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external");

type FakeRequest = { session: { uid: number; sv: number } | null; headers: Headers };
const requestOf = () => workUnitAsyncStorage.getStore() as unknown as FakeRequest;

vi.mock("@/lib/auth", () => ({ auth: async () => requestOf().session, signIn: async () => {}, signOut: async () => {}, handlers: {} }));
vi.mock("next/headers", () => ({ headers: async () => requestOf().headers }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));

const { authorizeAction, settleStaffLocale } = await import("@/lib/auth/session");
const { staffMessages, staffText, staffTime } = await import("@/lib/i18n/staff");
const { browserStaffLocale, staffLocale } = await import("@/lib/i18n/staff-locale");
const { createUser } = await import("@/lib/data/users");
const { refused } = await import("@/lib/actions");

// Made once at a module's top level, outside any request, as the export modules do: it still answers each request.
const topLevel = staffText("Messages");

let db: Db;
let drop: () => Promise<void>;
const sessions: Record<"zh" | "en", { uid: number; sv: number }> = {} as never;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  await createUser({ email: "wang@example.org", name: "王芳", role: "editor", password: "a long enough passphrase", locale: "zh" }, null);
  for (const [locale, email] of [["zh", "wang@example.org"], ["en", "editor@example.org"]] as const) {
    const [row] = rowsOf<{ id: number; session_version: number }>(await db.execute(sql`select id, session_version from users where email = ${email}`));
    sessions[locale] = { uid: row!.id, sv: row!.session_version };
  }
});
afterAll(() => drop?.());

/** Runs `work` as one request of its own would run, with this session and Accept-Language. */
function request<T>(session: FakeRequest["session"], acceptLanguage: string, work: () => Promise<T>): Promise<T> {
  const store = { type: "request", session, headers: new Headers({ "accept-language": acceptLanguage }) };
  return workUnitAsyncStorage.run(store as never, work);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the staff language of a request", () => {
  it("is each signed-in account's own, for two requests answered at the same time", async () => {
    // Each request checks access, then waits while the other does the same, then writes its messages: if the language
    // were shared, whichever set it last would win for both.
    const answer = (session: FakeRequest["session"], acceptLanguage: string, wait: number) =>
      request(session, acceptLanguage, async () => {
        const access = await authorizeAction("editor");
        expect(access.ok).toBe(true);
        await pause(wait);
        const words = {
          invalid: staffText("Messages")("invalid"),
          topLevel: topLevel("invalid"),
          time: staffTime("2026-11-23T06:05:00Z"),
          label: staffMessages.Users.fields.email,
        };
        await pause(wait);
        return { ...words, later: staffText("Nav")("dashboard"), refusal: refused({ ok: false, reason: "forbidden", message: "" }).message };
      });
    // The Chinese reader's browser says English and the English reader's Chinese: the account wins.
    const [zh, english] = await Promise.all([answer(sessions.zh, "en-GB", 30), answer(sessions.en, "zh-CN,zh;q=0.9", 10)]);
    expect(zh).toEqual({
      invalid: zhMessages.Messages.invalid,
      topLevel: zhMessages.Messages.invalid,
      time: "2026年11月23日 14:05（北京时间）",
      label: zhMessages.Users.fields.email,
      later: zhMessages.Nav.dashboard,
      refusal: zhMessages.Messages.forbidden,
    });
    expect(english).toEqual({
      invalid: en.Messages.invalid,
      topLevel: en.Messages.invalid,
      time: "23 Nov 2026, 14:05 Beijing time",
      label: "Email",
      later: en.Nav.dashboard,
      refusal: en.Messages.forbidden,
    });
  });

  it("follows the account when its language changes, from the next request", async () => {
    await db.execute(sql`update users set locale = 'en' where email = 'wang@example.org'`);
    expect(await request(sessions.zh, "zh-CN", async () => (await settleStaffLocale(), staffText("Nav")("dashboard")))).toBe(en.Nav.dashboard);
    await db.execute(sql`update users set locale = 'zh' where email = 'wang@example.org'`);
    expect(await request(sessions.zh, "en", async () => (await settleStaffLocale(), staffText("Nav")("dashboard")))).toBe(zhMessages.Nav.dashboard);
  });

  it("is the browser's before anyone signs in, and English outside a request", async () => {
    const signIn = (acceptLanguage: string) => request(null, acceptLanguage, async () => (await settleStaffLocale(), staffText("SignIn")("submit")));
    const [chinese, english] = await Promise.all([signIn("zh-CN,zh;q=0.9,en;q=0.8"), signIn("en-US,en;q=0.9,zh;q=0.5")]);
    expect(chinese).toBe(zhMessages.SignIn.submit);
    expect(english).toBe(en.SignIn.submit);
    expect(staffLocale()).toBe("en");
    expect(staffText("SignIn")("submit")).toBe(en.SignIn.submit);
  });
});

describe("browserStaffLocale", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-TW", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["en;q=0.5,zh;q=0.8", "zh"],
    ["fr-FR,zh;q=0.5", "zh"],
    ["fr-FR,de", "en"],
    ["zh;q=0,en", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, locale) => {
    expect(browserStaffLocale(header)).toBe(locale);
  });
});

describe("the Chinese catalogue", () => {
  it("has every key of the English one, so no English shows on a Chinese page", async () => {
    const { staffCatalogue } = await import("@/lib/i18n/staff");
    const untranslated: string[] = [];
    const walk = (source: unknown, translated: unknown, path: string) => {
      if (typeof source === "string") {
        // A few words are the same in both (a code, a name each language writes alike); most are not.
        if (translated === source && /[a-z]{4,}/.test(source) && !/^(English|Email|UTF-8)$/.test(source)) untranslated.push(path);
        return;
      }
      for (const [key, value] of Object.entries(source as object)) walk(value, (translated as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    };
    walk(en, staffCatalogue("zh"), "");
    expect(untranslated).toEqual([]);
  });
});
