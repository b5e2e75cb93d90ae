import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { createUser } from "@/lib/data/users";
import { actAs, fingerprint, submit } from "./support/actions";
import { freshDatabase } from "./support/db";
import { adminActions, serverActions, validRequests, type Fields } from "./support/requests";

/**
 * Every server action, every field of its form, one hostile value at a time. Each request either is refused with a
 * clear answer (a field error or a message) and leaves every table exactly as it was, or is carried out because the
 * value is acceptable there (SQL metacharacters are a fine name), stored as typed. None may throw: a throw is a 500.
 */
const hostile: [string, string | string[] | undefined][] = [
  ["a 1 MB string", "x".repeat(1_000_000)],
  ["an empty value", ""],
  ["only white space", " \t\n "],
  ["SQL metacharacters", "' OR 1=1; DROP TABLE places; --"],
  ["a script element", '"><script>alert(1)</script>'],
  ["an event handler", "<img src=x onerror=alert(1)>"],
  ["Markdown with a javascript: link and raw HTML", "[click](javascript:alert(1)) <b onclick=alert(1)>x</b>"],
  ["a right-to-left override", "\u202eevil\u202c"],
  ["zero-width joiners and emoji", "👩‍👩‍👧‍👦 a\u200db"],
  ["CJK text", "济南市与万塔市"],
  ["stacked combining characters", "e\u0301\u0301\u0301\u0301"],
  ["a NUL and control characters", "a\u0000b\u0007c"],
  ["a negative number", "-1"],
  ["a huge number", "99999999999999999999999999"],
  ["NaN", "NaN"],
  ["Infinity", "1e309"],
  ["30 February", "2026-02-30"],
  ["year 0", "0000-01-01"],
  ["an end before the start", "1900-01-01"],
  ["an unknown enum value", "__proto__"],
  ["another record's id", "1"],
  ["an id out of range", "2147483648"],
  ["an id with SQL", "1 OR 1=1"],
  ["the field sent twice", ["2026-01-01", "abc"]],
  ["the field missing", undefined],
];

const actions = serverActions(import.meta.glob<Record<string, unknown>>("/app/**/*actions.ts", { eager: true }));

let db: Db;
let drop: () => Promise<void>;
let requests: Awaited<ReturnType<typeof validRequests>>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  requests = await validRequests(db);
  // Account changes are made by an administrator who is not account 1, so that "another record's id" names someone
  // else's account: a valid change of one's own account (a password reset) would rightly end one's own session.
  await createUser({ email: "hostile.admin@example.org", name: "Hostile Input Admin", role: "admin", password: "a long enough passphrase" }, null);
});
afterAll(() => drop?.());

describe("hostile input to every server action", () => {
  for (const { name, action } of actions) {
    it(`${name}: each field, each hostile value: refused cleanly with nothing changed, or stored as typed`, async () => {
      await actAs(db, adminActions.has(name) ? "hostile.admin@example.org" : "editor@example.org");
      const fields = Object.keys(await requests[name]!());
      let refusals = 0;
      let last = await fingerprint(db);
      for (const field of fields) {
        for (const [label, value] of hostile) {
          const request: Fields = { ...(await requests[name]!()) };
          if (value === undefined) delete request[field];
          else request[field] = value;
          const outcome = await submit(action, request);
          const now = await fingerprint(db);
          if (outcome.result) {
            refusals++;
            expect(outcome.result, `${name} ${field}: ${label}`).toMatchObject({ ok: false, message: expect.any(String) });
            expect(["invalid", "conflict", "not_found", "failed"], `${name} ${field}: ${label}`).toContain(outcome.result.reason);
            expect(now, `${name} ${field}: ${label} changed the database`).toEqual(last);
          }
          last = now;
        }
      }
      expect(refusals).toBeGreaterThan(fields.length);
    });
  }

  it("hostile text that is acceptable is stored exactly as typed", async () => {
    await actAs(db, "editor@example.org");
    const place = (await requests.createPlaceAction!()) as Record<string, string>;
    const name = "O'Brien\"; DROP TABLE places; -- <script>alert(1)</script>";
    const description = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> \u202eevil\u202c 👩‍👩‍👧‍👦";
    const { redirect } = await submit(actions.find((a) => a.name === "createPlaceAction")!.action, { ...place, nameEn: name, descriptionEn: description });
    const id = Number(/\/staff\/places\/(\d+)/.exec(redirect!)![1]);
    expect(rowsOf(await db.execute(sql`select name_en, description_en from places where id = ${id}`))).toEqual([{ name_en: name, description_en: description }]);
  });
});
