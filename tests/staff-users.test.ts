import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveLanguageAction } from "@/app/(staff)/staff/account/actions";
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction, unlockSignInAction } from "@/app/(staff)/staff/users/actions";
import type { Db } from "@/db";
import { createUser } from "@/lib/data/users";
import { endSessions, getSessionUser, SignInThrottledError, verifyCredentials } from "@/lib/data/sign-in";
import { actAs, auditSince, fingerprint, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const account = (email: string) =>
  one<{ id: number; role: string; active: boolean; sv: number; version: number }>(
    db,
    sql`select id, role, active, session_version as sv, version from users where email = ${email}`,
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

  it("a taken email comes in the same answer as the form's other errors", async () => {
    await actAs(db, "admin@example.org");
    const before = await fingerprint(db);
    const { result } = await submit(createUserAction, { email: "Editor@example.org", name: "", role: "owner", password: "short" });
    expect(result!.fieldErrors).toEqual({
      email: ["An account with this email already exists."],
      name: ["This field is required."],
      role: ["Choose a role: viewer, editor or admin."],
      password: ["Use at least 12 characters."],
    });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("an admin creates an account that can sign in, recorded without its password", async () => {
    await actAs(db, "admin@example.org");
    const since = await lastAuditId(db);
    const { redirect } = await submit(createUserAction, { email: "li.wei@example.org", name: "Li Wei", role: "editor", locale: "en", password: "a long enough passphrase" });
    expect(redirect).toMatch(/^\/staff\/users\/\d+\?notice=accountCreated$/);
    expect(await verifyCredentials({ email: "li.wei@example.org", password: "a long enough passphrase" })).toMatchObject({ role: "editor", locale: "en" });
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ action: "create", entity_type: "user", after: { email: "li.wei@example.org", role: "editor", active: true, locale: "en" } });
    expect(JSON.stringify(entry)).not.toContain("passphrase");
  });

  it("a new account works in Chinese unless the admin chooses otherwise, and refuses a language it does not know", async () => {
    await actAs(db, "admin@example.org");
    const { redirect } = await submit(createUserAction, { email: "zhang.min@example.org", name: "张敏", role: "viewer", password: "a long enough passphrase" });
    expect(redirect).toMatch(/notice=accountCreated$/);
    expect(await verifyCredentials({ email: "zhang.min@example.org", password: "a long enough passphrase" })).toMatchObject({ locale: "zh" });
    const before = await fingerprint(db);
    const { result } = await submit(createUserAction, { email: "zhao.lei@example.org", name: "赵磊", role: "viewer", locale: "fr", password: "a long enough passphrase" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { locale: ["Choose one of the options."] }, values: { locale: "fr" } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("anyone signed in sets their own language, recorded in the log, without ending sessions or staling an admin's form", async () => {
    await actAs(db, "zhang.min@example.org");
    const before = await account("zhang.min@example.org");
    const since = await lastAuditId(db);
    expect(await submit(saveLanguageAction, { locale: "en" })).toEqual({ redirect: "/staff/account?notice=languageSaved" });
    expect(await account("zhang.min@example.org")).toMatchObject({ version: before.version, sv: before.sv });
    expect(await verifyCredentials({ email: "zhang.min@example.org", password: "a long enough passphrase" })).toMatchObject({ locale: "en" });
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ action: "update", entity_type: "user", before: { locale: "zh" }, after: { locale: "en" } });
    const unchanged = await fingerprint(db);
    for (const locale of ["fr", "", "EN"]) {
      const { result } = await submit(saveLanguageAction, { locale });
      expect(result, locale).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { locale: ["Choose one of the options."] } });
    }
    expect(await fingerprint(db)).toEqual(unchanged);
  });

  it("a role change or a deactivation ends the account's open sessions at once", async () => {
    await actAs(db, "admin@example.org");
    const before = await account("li.wei@example.org");
    expect(await getSessionUser({ id: before.id, sessionVersion: before.sv })).not.toBeNull();
    await submit(changeRoleAction, { id: String(before.id), role: "viewer", version: String(before.version) });
    expect(await getSessionUser({ id: before.id, sessionVersion: before.sv })).toBeNull();
    const changed = await account("li.wei@example.org");
    expect(changed.role).toBe("viewer");
    await submit(setActiveAction, { id: String(changed.id), active: "false", version: String(changed.version) });
    expect(await account("li.wei@example.org")).toMatchObject({ active: false });
    expect(await getSessionUser({ id: changed.id, sessionVersion: changed.sv })).toBeNull();
    expect(await verifyCredentials({ email: "li.wei@example.org", password: "a long enough passphrase" })).toBeNull();
  });

  it("a password reset works, ends old sessions and is in the log without the password", async () => {
    await actAs(db, "admin@example.org");
    const before = await account("viewer@example.org");
    const since = await lastAuditId(db);
    await submit(resetPasswordAction, { id: String(before.id), password: "a brand new passphrase", version: String(before.version) });
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
      const { result } = await submit(action, { id: String(admin!.id), version: String(me.version), ...fields });
      expect(result).toMatchObject({ ok: false, message: "The last active administrator can't be demoted or deactivated: make another account an administrator first." });
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it("with a second administrator, the first may step down", async () => {
    await actAs(db, "admin@example.org");
    const editor = await account("editor@example.org");
    await submit(changeRoleAction, { id: String(editor.id), role: "admin", version: String(editor.version) });
    const me = await account("admin@example.org");
    const { redirect } = await submit(changeRoleAction, { id: String(me.id), role: "editor", version: String(me.version) });
    expect(redirect).toBe(`/staff/users/${me.id}?notice=saved`);
    expect((await account("admin@example.org")).role).toBe("editor");
  });

});

describe("two administrators on one account", () => {
  const password = "a long enough passphrase";
  const shared = "shared.account@example.org";
  beforeAll(async () => {
    await createUser({ email: "ada.first@example.org", name: "Ada First", role: "admin", password }, null);
    await createUser({ email: "bo.second@example.org", name: "Bo Second", role: "admin", password }, null);
    await createUser({ email: shared, name: "Shared Account", role: "viewer", password }, null);
  });
  /** Each change an admin can make to an account, with the fields its form sends besides the id and version. */
  const accountChanges = [
    ["a role change", changeRoleAction, { role: "admin" }],
    ["a deactivation", setActiveAction, { active: "false" }],
    ["a password reset", resetPasswordAction, { password: "an entirely different passphrase" }],
    ["clearing the sign-in limits", unlockSignInAction, {}],
  ] as const;
  const conflictBy = (name: string) => new RegExp(`^${name} saved this record on .+, after you opened it\\. Nothing was saved`);
  /** Ada First makes a change of her own, after the page the test holds was opened. */
  const adaChangesIt = async () => {
    await actAs(db, "ada.first@example.org");
    const now = await account(shared);
    const { redirect } = await submit(resetPasswordAction, { id: String(now.id), password: `${password} ${now.version}`, version: String(now.version) });
    expect(redirect).toBe(`/staff/users/${now.id}?notice=saved`);
  };

  it("the owner signing in and out meanwhile does not stale an admin's open page", async () => {
    const opened = await account(shared);
    const signedIn = await verifyCredentials({ email: shared, password });
    expect(signedIn).not.toBeNull();
    await verifyCredentials({ email: shared, password: "a wrong guess at it" });
    await endSessions({ id: opened.id, sessionVersion: signedIn!.sessionVersion });
    await actAs(db, "bo.second@example.org");
    const { redirect } = await submit(changeRoleAction, { id: String(opened.id), role: "editor", version: String(opened.version) });
    expect(redirect).toBe(`/staff/users/${opened.id}?notice=saved`);
    expect(await account(shared)).toMatchObject({ role: "editor", version: opened.version + 1 });
  });

  it("both open the account; the first changes its role; the second's deactivation is refused, naming the first, and nothing changes", async () => {
    const opened = await account(shared);
    await actAs(db, "ada.first@example.org");
    const first = await submit(changeRoleAction, { id: String(opened.id), role: "viewer", version: String(opened.version) });
    expect(first.redirect).toBe(`/staff/users/${opened.id}?notice=saved`);
    const afterFirst = await fingerprint(db);
    await actAs(db, "bo.second@example.org");
    const { result } = await submit(setActiveAction, { id: String(opened.id), active: "false", version: String(opened.version) });
    expect(result).toMatchObject({ ok: false, reason: "conflict", message: expect.stringMatching(conflictBy("Ada First")) });
    expect(await fingerprint(db)).toEqual(afterFirst);
    expect(await account(shared)).toMatchObject({ role: "viewer", active: true });
  });

  it.each(accountChanges)("%s from a page opened before another admin's change is refused, and nothing changes", async (_case, action, fields) => {
    const opened = await account(shared);
    await adaChangesIt();
    const before = await fingerprint(db);
    await actAs(db, "bo.second@example.org");
    const { result } = await submit(action, { id: String(opened.id), version: String(opened.version), ...fields });
    expect(result).toMatchObject({ ok: false, reason: "conflict", message: expect.stringMatching(conflictBy("Ada First")) });
    expect(await fingerprint(db)).toEqual(before);
  });

  it.each(accountChanges)("%s without the version its page was opened on is refused and changes nothing; with it, it is made", async (_case, action, fields) => {
    await actAs(db, "bo.second@example.org");
    const now = await account(shared);
    const before = await fingerprint(db);
    for (const version of [undefined, "", "0", "latest", "1.5"]) {
      const { result } = await submit(action, { id: String(now.id), version, ...fields });
      expect(result, `version ${version}`).toMatchObject({ ok: false, reason: "invalid" });
      expect(await fingerprint(db), `version ${version}`).toEqual(before);
    }
    const { redirect } = await submit(action, { id: String(now.id), version: String(now.version), ...fields });
    expect(redirect).toMatch(new RegExp(`^/staff/users/${now.id}\\?notice=(saved|unlocked)$`));
    expect(await fingerprint(db)).not.toEqual(before);
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
    const { result } = await submit(unlockSignInAction, { id: String(target.id), version: String(target.version) });
    expect(result).toMatchObject({ ok: false, message: "Your role does not allow this change. Nothing was saved." });
    expect(await fingerprint(db)).toEqual(before);
    expect(await ownerGetsIn()).toBe(false);
  });

  it("an admin clears them: the owner gets in again from the locked address, and the log says who did it", async () => {
    const target = await account(owner.email);
    const admin = await actAs(db, "unlock.admin@example.org");
    const since = await lastAuditId(db);
    const { redirect } = await submit(unlockSignInAction, { id: String(target.id), version: String(target.version) });
    expect(redirect).toBe(`/staff/users/${target.id}?notice=unlocked`);
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ action: "update", entity_type: "user", entity_id: target.id, actor_id: admin!.id, after: { signIn: "unlocked" } });
    expect(await ownerGetsIn()).toBe(true);
  });
});
