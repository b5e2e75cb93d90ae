import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAction, resetPasswordAction } from "@/app/(staff)/staff/users/actions";
import type { Db } from "@/db";
import { verifyCredentials } from "@/lib/data/sign-in";
import { newUserSchema } from "@/lib/validation/users";
import { actAs, fingerprint, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

// New passwords as an admin sets them in the staff area (the account form and the reset form), with real argon2id
// hashing and a real database.
let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const account = (email: string) =>
  one<{ id: number; sv: number; version: number }>(
    db,
    sql`select id, session_version as sv, version from users where email = ${email}`,
  );

describe("new passwords", () => {
  const wang = { email: "wang.xiaoming@fao.example.gov", name: "Wang Xiaoming", role: "editor" };
  // Each refusal names the password field and says why, in the strength estimator's words.
  const weak = [
    ["a word said twice", "passwordpassword", /^This password is too easy to guess\. .*repeat/i],
    ["a common password with a capital and digits", "Password123456", /^This password is too easy to guess\. .*common/i],
    ["the account's own name and the year", "WangXiaoming2026!", /^This password is too easy to guess\. .*personal/i],
    ["the account's own name and the year, with dashes", "wang-xiaoming-2026", /^This password is too easy to guess\. .*personal/i],
  ] as const;

  it.each(weak)("creating an account refuses %s, saying why next to the field", async (_case, password, reason) => {
    await actAs(db, "admin@example.org");
    const before = await fingerprint(db);
    const { result } = await submit(createUserAction, { ...wang, password });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(reason)] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("creating an account takes a long random passphrase, which then signs in", async () => {
    await actAs(db, "admin@example.org");
    const { redirect } = await submit(createUserAction, { ...wang, password: "velvet orbit lantern marsh 47" });
    expect(redirect).toMatch(/^\/staff\/users\/\d+\?notice=accountCreated$/);
    expect(await verifyCredentials({ email: wang.email, password: "velvet orbit lantern marsh 47" })).toMatchObject({ name: "Wang Xiaoming" });
  });

  it.each(weak)("a password reset refuses %s for that account, saying why", async (_case, password, reason) => {
    await actAs(db, "admin@example.org");
    const target = await account(wang.email);
    const { result } = await submit(resetPasswordAction, { id: String(target.id), password, version: String(target.version) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(reason)] } });
    expect(await verifyCredentials({ email: wang.email, password })).toBeNull();
    expect(await account(wang.email)).toEqual(target);
  });
});

describe("the password rule (the account form's schema, which npm run user:create uses too)", () => {
  const li = { email: "li.wei@example.org", name: "Li Wei", role: "editor" };
  const issues = (password: string) => newUserSchema.safeParse({ ...li, password }).error?.issues.map((i) => i.message) ?? [];

  it("refuses common passwords whatever their case, and one letter over and over, as easy to guess", () => {
    for (const password of ["123qweasdzxc", "QWERTY123456", "1q2w3e4r5t6y", "a".repeat(64)]) {
      expect(issues(password), password).toEqual(["passwordWeak"]);
    }
  });

  it("keeps the length rule of 12 to 128 characters, one error at a time", () => {
    expect(issues("eleven char")).toEqual(["tooShort"]);
    expect(issues("velvet orbit lantern ".repeat(7))).toEqual(["tooLong"]);
  });

  it("takes long passphrases", () => {
    for (const password of ["correct horse battery staple", "velvet orbit lantern marsh 47", "Li Wei's garden of nine quiet ponds"]) {
      expect(issues(password), password).toEqual([]);
    }
  });
});
