import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db";
import { createUser } from "@/lib/data/users";
import { actAs, fingerprint, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

vi.mock("@/lib/auth", async () => (await import("./support/actions")).authModule);
vi.mock("next/cache", async () => (await import("./support/actions")).cacheModule);
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));

/**
 * Every server action is a public POST endpoint. Each one found in app/ is called here the way any client could call
 * it: with no session, as a viewer, and (for account management) as an editor. Each must refuse and leave every table
 * exactly as it was. Then the same request, from the role it needs, must succeed: so the refusals were about who
 * asked, not about the input.
 */
const modules = import.meta.glob<Record<string, unknown>>("/app/**/*actions.ts", { eager: true });

// Signing in is how a session comes to exist, and signing out acts on the caller's own session only.
const publicActions = new Set(["signInAction", "signOutAction"]);
const adminActions = new Set(["createUserAction", "changeRoleAction", "setActiveAction", "resetPasswordAction"]);

const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => typeof value === "function" && !publicActions.has(name))
    .map(([name, value]) => ({ file, name, action: value as Parameters<typeof submit>[0] })),
);

let db: Db;
let drop: () => Promise<void>;
let payloads: Record<string, Record<string, string | string[]>>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  const vantaa = await one<{ id: number; version: number }>(db, sql`select id, version from places where slug = 'vantaa'`);
  const tie = await one<{ id: number; version: number; home: number; partner: number }>(
    db,
    sql`select id, version, home_place_id as home, partner_place_id as partner from partnerships where slug = 'jinan-vantaa'`,
  );
  const agreement = await one<{ id: number; version: number; partnership: number }>(db, sql`select id, version, partnership_id as partnership from agreements limit 1`);
  const delegation = await one<{ id: number; version: number }>(db, sql`select id, version from delegations where slug = 'hanover-fair-2011'`);
  const event = await one<{ id: number; version: number }>(db, sql`select id, version from events where slug = 'jinan-international-sister-city-garden'`);
  const summit = await one<{ id: number; version: number }>(db, sql`select id, version from events where slug = 'summit-of-shandong-and-partner-regions'`);
  // Each account change acts on an account of its own, so one change never stales another's form.
  for (const email of ["second@example.org", "third@example.org"]) {
    await createUser({ email, name: email, role: "viewer", password: "a long enough passphrase" }, null);
  }
  const account = (email: string) =>
    one<{ id: number; seen: string }>(
      db,
      sql`select id, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as seen from users where email = ${email}`,
    );
  const [viewer, second, third] = await Promise.all(["viewer@example.org", "second@example.org", "third@example.org"].map(account));
  const qingdao = await one<{ id: number }>(db, sql`select id from places where slug = 'qingdao'`);
  const place = { nameEn: "Espoo", kind: "city", countryCode: "FI", continent: "europe" };
  payloads = {
    createPlaceAction: place,
    updatePlaceAction: { ...place, nameEn: "Vantaa", regionEn: "Uusimaa (changed)", id: String(vantaa.id), version: String(vantaa.version) },
    createPartnershipAction: { homePlaceId: String(qingdao.id), partnerPlaceId: String(vantaa.id), type: "friendly_cooperation", status: "in_contact" },
    updatePartnershipAction: { homePlaceId: String(tie.home), partnerPlaceId: String(tie.partner), type: "sister_city", status: "active", established: "2001", summaryEn: "Changed.", id: String(tie.id), version: String(tie.version) },
    createAgreementAction: { partnershipId: String(tie.id), titleEn: "Memorandum", kind: "mou", status: "signed", signed: "2026-11-20" },
    updateAgreementAction: { partnershipId: String(agreement.partnership), titleEn: "Changed title", kind: "mou", status: "signed", signed: "2008", id: String(agreement.id), version: String(agreement.version) },
    createDelegationAction: { titleEn: "Vantaa delegation", direction: "incoming", starts: "2026-12-01", partnershipIds: [String(tie.id)] },
    updateDelegationAction: { titleEn: "Changed", direction: "outgoing", starts: "2011-04", id: String(delegation.id), version: String(delegation.version) },
    createEventAction: { titleEn: "Garden opening", kind: "ceremony", starts: "2026-12-05", partnershipIds: [String(tie.id)] },
    updateEventAction: { titleEn: "Changed", kind: "project", id: String(event.id), version: String(event.version) },
    recordLifecycleAction: { kind: "event", id: String(summit.id), version: String(summit.version), operation: "unpublish" },
    createUserAction: { email: "new@example.org", name: "New Person", role: "editor", password: "a long enough passphrase" },
    changeRoleAction: { id: String(viewer!.id), role: "editor", seen: viewer!.seen },
    setActiveAction: { id: String(second!.id), active: "false", seen: second!.seen },
    resetPasswordAction: { id: String(third!.id), password: "another long passphrase", seen: third!.seen },
  };
});
afterAll(() => drop?.());

describe("every server action checks the session and role itself", () => {
  it("finds the staff actions (and every one has a request to try)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
    for (const { name } of actions) expect(Object.keys(payloads), `a request for ${name}`).toContain(name);
  });

  it("refuses a request with no session, changing nothing", async () => {
    await actAs(db, null);
    for (const { name, action } of actions) {
      const before = await fingerprint(db);
      const outcome = await submit(action, payloads[name]!);
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "signed_out", message: expect.stringMatching(/session has ended/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("refuses a viewer, changing nothing", async () => {
    await actAs(db, "viewer@example.org");
    for (const { name, action } of actions) {
      const before = await fingerprint(db);
      const outcome = await submit(action, payloads[name]!);
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/role does not allow/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("refuses an editor everything about staff accounts, changing nothing", async () => {
    await actAs(db, "editor@example.org");
    for (const { name, action } of actions.filter((a) => adminActions.has(a.name))) {
      const before = await fingerprint(db);
      const outcome = await submit(action, payloads[name]!);
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden" });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("refuses a session whose account has since been deactivated", async () => {
    await actAs(db, "editor@example.org");
    await db.execute(sql`update users set active = false, session_version = session_version + 1 where email = 'editor@example.org'`);
    const before = await fingerprint(db);
    const outcome = await submit(actions.find((a) => a.name === "createPlaceAction")!.action, payloads.createPlaceAction!);
    expect(outcome.result).toMatchObject({ ok: false, reason: "signed_out" });
    expect(await fingerprint(db)).toEqual(before);
    await db.execute(sql`update users set active = true where email = 'editor@example.org'`);
  });

  it("carries out each of the same requests for the role it needs", async () => {
    for (const { name, action } of actions) {
      await actAs(db, adminActions.has(name) ? "admin@example.org" : "editor@example.org");
      const before = await fingerprint(db);
      const outcome = await submit(action, payloads[name]!);
      expect(outcome, name).toEqual({ redirect: expect.stringMatching(/^\/staff\//) });
      expect(await fingerprint(db), name).not.toEqual(before);
    }
  });
});
