import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { demoPassword } from "@/db/seed";
import { createUser, setUserActive } from "@/lib/data/users";
import { getSessionUser, verifyCredentials } from "@/lib/data/sign-in";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const versionOf = async (id: number) => (await db.select({ version: t.users.version }).from(t.users).where(eq(t.users.id, id)))[0]!.version;

const lastAudit = async () => {
  const [row] = await db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
  return row!;
};

describe("sign-in", () => {
  it("lets each demo account in with its role, and records the sign-in", async () => {
    for (const [email, role] of [
      ["admin@example.org", "admin"],
      ["editor@example.org", "editor"],
      ["viewer@example.org", "viewer"],
    ] as const) {
      const user = await verifyCredentials({ email, password: demoPassword });
      expect(user).toMatchObject({ email, role });
      expect(user).not.toHaveProperty("passwordHash");
      expect(await lastAudit()).toMatchObject({ action: "sign_in", actorId: user!.id, entityType: "user" });
    }
  });

  it("ignores the case and spaces around an email", async () => {
    expect(await verifyCredentials({ email: "  Editor@Example.ORG ", password: demoPassword })).toMatchObject({ role: "editor" });
  });

  it("refuses a wrong password and an unknown email alike, and records each failure", async () => {
    expect(await verifyCredentials({ email: "editor@example.org", password: "amity-demo!" })).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "sign_in_failed", after: { email: "editor@example.org", reason: "wrong_password" } });
    expect(await verifyCredentials({ email: "nobody@example.org", password: demoPassword })).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "sign_in_failed", actorId: null, after: { reason: "unknown_email" } });
  });

  it("refuses a deactivated account, and ends the sessions it already had", async () => {
    const created = await createUser({ email: "leaver@example.org", name: "Leaver", role: "editor", password: "a long enough passphrase" }, null);
    const signedIn = await verifyCredentials({ email: "leaver@example.org", password: "a long enough passphrase" });
    expect(signedIn).toMatchObject({ id: created.id });
    const session = { id: created.id, sessionVersion: signedIn!.sessionVersion };
    expect(await getSessionUser(session)).toMatchObject({ role: "editor" });

    const admin = (await verifyCredentials({ email: "admin@example.org", password: demoPassword }))!;
    await setUserActive({ id: created.id, version: await versionOf(created.id), active: false }, admin);
    expect(await getSessionUser(session)).toBeNull();
    expect(await verifyCredentials({ email: "leaver@example.org", password: "a long enough passphrase" })).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "sign_in_failed", after: { reason: "inactive" } });

    // Reactivation does not bring the old session back: it was issued under an earlier session version.
    await setUserActive({ id: created.id, version: await versionOf(created.id), active: true }, admin);
    expect(await getSessionUser(session)).toBeNull();
  });

  it("sees a role change on the next request", async () => {
    const viewer = await verifyCredentials({ email: "viewer@example.org", password: demoPassword });
    await db.update(t.users).set({ role: "editor" }).where(eq(t.users.id, viewer!.id));
    expect(await getSessionUser({ id: viewer!.id, sessionVersion: viewer!.sessionVersion })).toMatchObject({ role: "editor" });
  });

  it("stores new passwords as argon2id and never accepts a duplicate email", async () => {
    const [row] = await db.select({ hash: t.users.passwordHash }).from(t.users).where(eq(t.users.email, "leaver@example.org"));
    expect(row!.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(
      createUser({ email: "LEAVER@example.org", name: "Again", role: "viewer", password: "another passphrase" }, null),
    ).rejects.toThrow(/already exists/);
  });
});
