import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { actAs, fingerprint, submit } from "./support/actions";
import { freshDatabase } from "./support/db";
import { adminActions, ownAccountActions, serverActions, validRequests } from "./support/requests";

/**
 * Every server action is a public POST endpoint. Each one found in app/ is called here the way any client could call
 * it: with no session, as a viewer, and (for account management) as an editor. Each must refuse and leave every table
 * exactly as it was. Then the same request, from the role it needs, must succeed: so the refusals were about who
 * asked, not about the input.
 */
const actions = serverActions(import.meta.glob<Record<string, unknown>>("/app/**/*actions.ts", { eager: true }));

let db: Db;
let drop: () => Promise<void>;
let requests: Awaited<ReturnType<typeof validRequests>>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  requests = await validRequests(db);
});
afterAll(() => drop?.());

describe("every server action checks the session and role itself", () => {
  it("finds the staff actions (and every one has a request to try)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
    for (const { name } of actions) expect(Object.keys(requests), `a request for ${name}`).toContain(name);
  });

  it("refuses a request with no session, changing nothing", async () => {
    await actAs(db, null);
    for (const { name, action } of actions) {
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "signed_out", message: expect.stringMatching(/session has ended/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("refuses a viewer, changing nothing (but the viewer's own account settings)", async () => {
    await actAs(db, "viewer@example.org");
    for (const { name, action } of actions.filter((a) => !ownAccountActions.has(a.name))) {
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/role does not allow/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("refuses an editor everything about staff accounts, changing nothing", async () => {
    await actAs(db, "editor@example.org");
    for (const { name, action } of actions.filter((a) => adminActions.has(a.name))) {
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden" });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("lets a viewer change their own account's language, and only their own", async () => {
    await actAs(db, "viewer@example.org");
    const action = actions.find((a) => a.name === "saveLanguageAction")!.action;
    const languages = sql`select email, locale from users where email in ('viewer@example.org', 'editor@example.org') order by email`;
    const before = rowsOf<{ email: string; locale: string }>(await db.execute(languages));
    const outcome = await submit(action, { locale: "zh" });
    expect(outcome).toEqual({ redirect: "/staff/account?notice=languageSaved" });
    expect(before.find((r) => r.email === "viewer@example.org")!.locale).toBe("en");
    expect(rowsOf(await db.execute(languages))).toEqual(before.map((r) => (r.email === "viewer@example.org" ? { ...r, locale: "zh" } : r)));
    expect(await submit(action, { locale: "zh" })).toEqual({ redirect: "/staff/account?notice=unchanged" });
  });

  it("refuses a session whose account has since been deactivated", async () => {
    await actAs(db, "editor@example.org");
    await db.execute(sql`update users set active = false, session_version = session_version + 1 where email = 'editor@example.org'`);
    const before = await fingerprint(db);
    const outcome = await submit(actions.find((a) => a.name === "createPlaceAction")!.action, await requests.createPlaceAction!());
    expect(outcome.result).toMatchObject({ ok: false, reason: "signed_out" });
    expect(await fingerprint(db)).toEqual(before);
    await db.execute(sql`update users set active = true where email = 'editor@example.org'`);
  });

  it("carries out each of the same requests for the role it needs", async () => {
    for (const { name, action } of actions) {
      await actAs(db, adminActions.has(name) ? "admin@example.org" : "editor@example.org");
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      expect(outcome, name).toEqual({ redirect: expect.stringMatching(/^\/staff[/?]/) });
      expect(await fingerprint(db), name).not.toEqual(before);
    }
  });
});
