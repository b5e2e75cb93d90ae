import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction, unlockSignInAction } from "@/app/(staff)/staff/users/actions";
import type { Db } from "@/db";
import { createUser, getSessionUser, SignInThrottledError, verifyCredentials } from "@/lib/data/users";
import { actAs, auditSince, fingerprint, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const account = (email: string) =>
  one<{ id: number; role: string; active: boolean; sv: number; seen: string }>(
    db,
    sql`select id, role, active, session_version as sv, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as seen from users where email = ${email}`,
  );

describe("staff accounts", () => {
  it.each([
    ["a malformed email", { email: "not-an-email" }, "email", "Enter an email address such as name@example.org."],
    ["a short password", { password: "short" }, "password", "Use at least 12 characters."],
    ["a role that does not exist", { role: "owner" }, "role", "Choose a role: viewer, editor or admin."],
    ["an email that is taken, in other letters", { email: "EDITOR@example.org" }, "email", "An account with this email already exists."],
  ])("refuses %s next to the field, never sending the password back", async (_case, change, field, message) => {
    await actAs(db, "admin@example.org");
    const before = await fingerprint(db);
    const { result } = await submit(createUserAction, { email: "li.wei@example.org", name: "Li Wei", role: "editor", password: "a long enough passphrase", ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(result!.values).not.toHaveProperty("password");
    expect(await fingerprint(db)).toEqual(before);
  });

  it("an admin creates an account that can sign in, recorded without its password", async () => {
    await actAs(db, "admin@example.org");
    const since = await lastAuditId(db);
    const { redirect } = await submit(createUserAction, { email: "li.wei@example.org", name: "Li Wei", role: "editor", password: "a long enough passphrase" });
    expect(redirect).toMatch(/^\/staff\/users\/\d+\?notice=accountCreated$/);
    expect(await verifyCredentials({ email: "li.wei@example.org", password: "a long enough passphrase" })).toMatchObject({ role: "editor" });
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ action: "create", entity_type: "user", after: { email: "li.wei@example.org", role: "editor", active: true } });
    expect(JSON.stringify(entry)).not.toContain("passphrase");
  });

  it("a role change or a deactivation ends the account's open sessions at once", async () => {
    await actAs(db, "admin@example.org");
    const before = await account("li.wei@example.org");
    expect(await getSessionUser({ id: before.id, sessionVersion: before.sv })).not.toBeNull();
    await submit(changeRoleAction, { id: String(before.id), role: "viewer", seen: before.seen });
    expect(await getSessionUser({ id: before.id, sessionVersion: before.sv })).toBeNull();
    const changed = await account("li.wei@example.org");
    expect(changed.role).toBe("viewer");
    await submit(setActiveAction, { id: String(changed.id), active: "false", seen: changed.seen });
    expect(await account("li.wei@example.org")).toMatchObject({ active: false });
    expect(await getSessionUser({ id: changed.id, sessionVersion: changed.sv })).toBeNull();
    expect(await verifyCredentials({ email: "li.wei@example.org", password: "a long enough passphrase" })).toBeNull();
  });

  it("a password reset works, ends old sessions and is in the log without the password", async () => {
    await actAs(db, "admin@example.org");
    const before = await account("viewer@example.org");
    const since = await lastAuditId(db);
    await submit(resetPasswordAction, { id: String(before.id), password: "a brand new passphrase", seen: before.seen });
    expect(await verifyCredentials({ email: "viewer@example.org", password: "a brand new passphrase" })).toMatchObject({ role: "viewer" });
    expect(await getSessionUser({ id: before.id, sessionVersion: before.sv })).toBeNull();
    const entries = await auditSince(db, since);
    expect(entries.find((e) => e.action === "update")).toMatchObject({ after: { password: "reset" } });
    expect(JSON.stringify(entries)).not.toContain("brand new");
  });

  it("refuses to demote or deactivate the last active administrator", async () => {
    const admin = await actAs(db, "admin@example.org");
    const me = await account("admin@example.org");
    const before = await fingerprint(db);
    for (const [action, fields] of [
      [changeRoleAction, { role: "editor" }],
      [setActiveAction, { active: "false" }],
    ] as const) {
      const { result } = await submit(action, { id: String(admin!.id), seen: me.seen, ...fields });
      expect(result).toMatchObject({ ok: false, message: "The last active administrator can't be demoted or deactivated: make another account an administrator first." });
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it("with a second administrator, the first may step down", async () => {
    await actAs(db, "admin@example.org");
    const editor = await account("editor@example.org");
    await submit(changeRoleAction, { id: String(editor.id), role: "admin", seen: editor.seen });
    const me = await account("admin@example.org");
    const { redirect } = await submit(changeRoleAction, { id: String(me.id), role: "editor", seen: me.seen });
    expect(redirect).toBe(`/staff/users/${me.id}?notice=saved`);
    expect((await account("admin@example.org")).role).toBe("editor");
  });

  it("refuses a change made from a page opened before another admin's change", async () => {
    await actAs(db, "editor@example.org"); // an administrator now
    const viewer = await account("viewer@example.org");
    await submit(changeRoleAction, { id: String(viewer.id), role: "editor", seen: viewer.seen });
    const before = await fingerprint(db);
    const { result } = await submit(setActiveAction, { id: String(viewer.id), active: "false", seen: viewer.seen });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(result!.message).toMatch(/^Demo Editor saved this record on/);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("sign-in locks", () => {
  const owner = { email: "locked.out@example.org", password: "the owner's own passphrase" };
  const from = "192.0.2.90";
  /** Answers whether the owner, with the right password, is let in from the address that was locked. */
  const ownerGetsIn = async () => {
    try {
      return (await verifyCredentials(owner, { clientAddress: from })) !== null;
    } catch (error) {
      if (error instanceof SignInThrottledError) return false;
      throw error;
    }
  };
  const lockOwnerOut = async () => {
    for (let i = 1; i <= 5; i++) await verifyCredentials({ email: owner.email, password: `wrong ${i}` }, { clientAddress: from }).catch(() => null);
    expect(await ownerGetsIn()).toBe(false);
  };
  beforeAll(async () => {
    await createUser({ ...owner, name: "Locked Out", role: "viewer" }, null);
    await createUser({ email: "unlock.admin@example.org", name: "Unlocking Admin", role: "admin", password: "a long enough passphrase" }, null);
    await createUser({ email: "unlock.editor@example.org", name: "Unlocking Editor", role: "editor", password: "a long enough passphrase" }, null);
  });

  it("an editor can't clear an account's sign-in locks: refused, and nothing changes", async () => {
    await lockOwnerOut();
    const target = await account(owner.email);
    await actAs(db, "unlock.editor@example.org");
    const before = await fingerprint(db);
    const { result } = await submit(unlockSignInAction, { id: String(target.id) });
    expect(result).toMatchObject({ ok: false, message: "Your role does not allow this change. Nothing was saved." });
    expect(await fingerprint(db)).toEqual(before);
    expect(await ownerGetsIn()).toBe(false);
  });

  it("an admin clears them: the owner gets in again from the locked address, and the log says who did it", async () => {
    const target = await account(owner.email);
    const admin = await actAs(db, "unlock.admin@example.org");
    const since = await lastAuditId(db);
    const { redirect } = await submit(unlockSignInAction, { id: String(target.id) });
    expect(redirect).toBe(`/staff/users/${target.id}?notice=unlocked`);
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ action: "update", entity_type: "user", entity_id: target.id, actor_id: admin!.id, after: { signIn: "unlocked" } });
    expect(await ownerGetsIn()).toBe(true);
  });
});
