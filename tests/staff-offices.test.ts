import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { createUser, findScriptActor } from "@/lib/data/users";
import { countRecords } from "@/lib/data/dashboard";
import { listPartnerships } from "@/lib/kinds/partnership/staff";
import { listPlaces } from "@/lib/kinds/place/staff";
import { previewImport } from "@/lib/kinds/partnership/staff-import";
import { reviewQueues } from "@/lib/records/review";
import { actAs, fingerprint, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";
import { adminActions, ownAccountActions, serverActions, validRequests } from "./support/requests";

/**
 * Offices (issue 17): an account of a city's office changes that city's ties and what belongs to them, and nothing
 * else; the province's office changes everything. Every server action is called as an editor of Weihai's office
 * against the requests the access suite uses (Jinan's ties and the province's summit): each must be refused, saying
 * why, with every table as it was. What every office keeps together (partner places, the office's contacts) stays open.
 */
const actions = serverActions(import.meta.glob<Record<string, unknown>>("/app/**/*actions.ts", { eager: true }));

/** What every office's editors change together, and what is the caller's own: not an office's to refuse. */
const openToEveryOffice = new Set([
  "createPlaceAction", // Espoo, a partner place
  "updatePlaceAction", // Vantaa, a partner place
  "createContactAction",
  "updateContactAction",
  "restoreVersionAction", // a contact's earlier version
  "uploadImportAction", // an upload is only previewed: its rows are refused there (below)
  ...ownAccountActions,
]);

const password = "a long enough passphrase";
let db: Db;
let drop: () => Promise<void>;
let requests: Awaited<ReturnType<typeof validRequests>>;
const place = async (slug: string) => (await one<{ id: number }>(db, sql`select id from places where slug = ${slug}`)).id;
const tie = async (slug: string) => one<{ id: number; version: number }>(db, sql`select id, version from partnerships where slug = ${slug}`);

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  requests = await validRequests(db);
  const weihai = await place("weihai");
  await createUser({ email: "weihai.editor@example.org", name: "Weihai Editor", role: "editor", password, officePlaceId: weihai }, null);
  await createUser({ email: "weihai.admin@example.org", name: "Weihai Admin", role: "admin", password, officePlaceId: weihai }, null);
  await createUser({ email: "jinan.editor@example.org", name: "Jinan Editor", role: "editor", password, officePlaceId: await place("jinan") }, null);
});
afterAll(() => drop?.());

describe("a city office's editor changes only its own city's ties", () => {
  it("refuses every change to another office's records, saying so and changing nothing", async () => {
    await actAs(db, "weihai.editor@example.org");
    const refused = actions.filter((a) => !adminActions.has(a.name) && !openToEveryOffice.has(a.name));
    expect(refused.length).toBeGreaterThanOrEqual(10);
    for (const { name, action } of refused) {
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      if (name === "applyImportAction") {
        // Applying a file of Jinan's ties: every row refused, all or nothing, so nothing is applied.
        expect(outcome.redirect, name).toMatch(/^\/staff\/import\//);
        const applied = await one<{ n: number }>(db, sql`select count(*)::int as n from partnerships where slug like '%requested-town%'`);
        expect(applied.n, name).toBe(0);
        continue;
      }
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/another office|Your office changes only its own ties/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("still keeps partner places and the office's contacts with every other office", async () => {
    await actAs(db, "weihai.editor@example.org");
    for (const name of ["createPlaceAction", "updatePlaceAction", "createContactAction", "updateContactAction"]) {
      const before = await fingerprint(db);
      const outcome = await submit(actions.find((a) => a.name === name)!.action, await requests[name]!());
      expect(outcome, name).toEqual({ redirect: expect.stringMatching(/^\/staff\//) });
      expect(await fingerprint(db), name).not.toEqual(before);
    }
  });

  it("records its own city's tie, and may not give it to another city", async () => {
    await actAs(db, "weihai.editor@example.org");
    const create = actions.find((a) => a.name === "createPartnershipAction")!.action;
    const weihai = await place("weihai");
    const [espoo] = rowsOf<{ id: number }>(await db.execute(sql`insert into places (slug, name_en, kind, country_code, continent) values ('tartu', 'Tartu', 'city', 'EE', 'europe') returning id`));
    const outcome = await submit(create, { homePlaceId: String(weihai), partnerPlaceId: String(espoo!.id), type: "friendly_cooperation", status: "in_contact", slug: "weihai-tartu" });
    expect(outcome).toEqual({ redirect: expect.stringMatching(/^\/staff\/partnerships\/\d+/) });
    const created = await tie("weihai-tartu");

    // Moving it to Jinan would make it Jinan's office's: refused, with the tie as it was.
    const update = actions.find((a) => a.name === "updatePartnershipAction")!.action;
    const before = await fingerprint(db);
    const moved = await submit(update, {
      homePlaceId: String(await place("jinan")),
      partnerPlaceId: String(espoo!.id),
      type: "friendly_cooperation",
      status: "in_contact",
      slug: "weihai-tartu",
      id: String(created.id),
      version: String(created.version),
    });
    expect(moved.result).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/Your office changes only its own ties/) });
    expect(await fingerprint(db)).toEqual(before);

    // Another city's editor reads it and may not change it; the province's may.
    await actAs(db, "jinan.editor@example.org");
    const edit = { homePlaceId: String(weihai), partnerPlaceId: String(espoo!.id), type: "friendly_cooperation", status: "active", slug: "weihai-tartu", id: String(created.id), version: String(created.version) };
    expect((await submit(update, edit)).result).toMatchObject({ ok: false, reason: "forbidden" });
    await actAs(db, "editor@example.org");
    expect(await submit(update, edit)).toEqual({ redirect: expect.stringMatching(/notice=saved/) });
  });

  it("lets each office whose tie a delegation is linked to change it, and none give it away", async () => {
    const jinanVantaa = await tie("jinan-vantaa");
    const weihaiTie = await one<{ id: number }>(db, sql`select t.id from partnerships t join places h on h.id = t.home_place_id where h.slug = 'weihai' order by t.id limit 1`);
    const create = actions.find((a) => a.name === "createDelegationAction")!.action;
    const update = actions.find((a) => a.name === "updateDelegationAction")!.action;
    const delegation = { titleEn: "Joint mission", direction: "outgoing", starts: "2027-03-01", slug: "joint-mission-2027" };
    await actAs(db, "weihai.editor@example.org");
    expect(await submit(create, { ...delegation, partnershipIds: [String(jinanVantaa.id), String(weihaiTie.id)] })).toEqual({ redirect: expect.stringMatching(/^\/staff\/delegations\/\d+/) });
    const made = await one<{ id: number; version: number }>(db, sql`select id, version from delegations where slug = 'joint-mission-2027'`);

    // Jinan's editor may change it too (one of its ties is Jinan's)…
    await actAs(db, "jinan.editor@example.org");
    expect(await submit(update, { ...delegation, titleEn: "Joint mission to Finland", partnershipIds: [String(jinanVantaa.id), String(weihaiTie.id)], id: String(made.id), version: String(made.version) })).toEqual({
      redirect: expect.stringMatching(/notice=saved/),
    });
    // …but not unlink it from Jinan, which would leave it Weihai's alone.
    const before = await fingerprint(db);
    const away = await submit(update, { ...delegation, partnershipIds: [String(weihaiTie.id)], id: String(made.id), version: String(made.version + 1) });
    expect(away.result).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/Your office changes only its own ties/) });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("refuses another office's review and leaves it out of the queue", async () => {
    const jinanVantaa = await tie("jinan-vantaa");
    const lifecycle = actions.find((a) => a.name === "recordLifecycleAction")!.action;
    await actAs(db, "editor@example.org");
    const state = await one<{ publication: string; version: number }>(db, sql`select publication, version from partnerships where id = ${jinanVantaa.id}`);
    const operation = state.publication === "published" ? "submit.unpublish" : "submit.publish";
    expect(await submit(lifecycle, { kind: "partnership", id: String(jinanVantaa.id), version: String(state.version), operation, acceptEnglish: "on" })).toEqual({ redirect: expect.stringMatching(/notice=submitted/) });

    const weihai = (await findScriptActor({ email: "weihai.editor@example.org" }))!;
    const jinan = (await findScriptActor({ email: "jinan.editor@example.org" }))!;
    const inQueue = async (who: { id: number; officePlaceId: number | null }) => (await reviewQueues(who)).toReview.some((q) => q.kind === "partnership" && q.id === jinanVantaa.id);
    expect(await inQueue(weihai)).toBe(false);
    expect(await inQueue(jinan)).toBe(true);

    await actAs(db, "weihai.editor@example.org");
    const before = await fingerprint(db);
    const version = (await tie("jinan-vantaa")).version;
    const approve = await submit(lifecycle, { kind: "partnership", id: String(jinanVantaa.id), version: String(version), operation: "approve", acceptEnglish: "on" });
    expect(approve.result).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/another office/) });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("refuses its import's rows of other cities, cell by cell", async () => {
    const weihai = (await findScriptActor({ email: "weihai.editor@example.org" }))!;
    const text = [
      "home_city,home_city_zh,partner_city,partner_region,country,country_iso2,relationship_type,established_year,source",
      "Weihai,威海市,Pärnu,,Estonia,EE,friendly_cooperation,2019,https://example.org/a",
      "Jinan,济南市,Pärnu,,Estonia,EE,friendly_cooperation,2019,https://example.org/b",
    ].join("\r\n");
    const report = await previewImport({ fileName: "two-cities.csv", bytes: new TextEncoder().encode(text) }, weihai);
    expect(report.counts).toMatchObject({ new: 1, refused: 1 });
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]!.reasons.join(" ")).toMatch(/home_city: Jinan's ties belong to its own office; your account works for Weihai's office/);
  });

  it("lists its office's records by default, and every office's when asked", async () => {
    const weihai = await place("weihai");
    const mine = await listPartnerships({ sort: "name", page: "all", officePlaceId: weihai } as Parameters<typeof listPartnerships>[0]);
    const all = await listPartnerships({ sort: "name", page: "all" } as Parameters<typeof listPartnerships>[0]);
    const homes = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from partnerships where home_place_id = ${weihai} and archived_at is null`))[0]!.n;
    expect(mine.total).toBe(homes);
    expect(homes).toBeGreaterThan(0);
    expect(all.total).toBeGreaterThan(mine.total);
    // Its places: its own city and its partners.
    const places = await listPlaces({ sort: "name", page: "all", officePlaceId: weihai } as Parameters<typeof listPlaces>[0]);
    expect(places.items.map((p) => p.slug)).toContain("weihai");
    expect(places.items.map((p) => p.slug)).not.toContain("jinan");
    // The dashboard's counts are the office's.
    const counts = await countRecords(weihai);
    expect(counts.find((c) => c.kind === "partnership")!.total).toBe(homes);
  });
});

describe("administrators manage their own office's accounts", () => {
  it("refuses a city's administrator every change to the province's accounts, changing nothing", async () => {
    await actAs(db, "weihai.admin@example.org");
    for (const { name, action } of actions.filter((a) => adminActions.has(a.name))) {
      const before = await fingerprint(db);
      const outcome = await submit(action, await requests[name]!());
      expect(outcome.result, name).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/another office/) });
      expect(await fingerprint(db), name).toEqual(before);
    }
  });

  it("lets a city's administrator create an account of their office only", async () => {
    await actAs(db, "weihai.admin@example.org");
    const create = actions.find((a) => a.name === "createUserAction")!.action;
    const weihai = await place("weihai");
    const account = { name: "Zhang Wei", role: "editor", locale: "zh", password };
    expect(await submit(create, { ...account, email: "zhang.wei@example.org", officePlaceId: String(weihai) })).toEqual({ redirect: expect.stringMatching(/notice=accountCreated/) });
    const refused = await submit(create, { ...account, email: "li.na@example.org", officePlaceId: String(await place("jinan")) });
    expect(refused.result).toMatchObject({ ok: false, reason: "forbidden" });
    // A place that is no city of the province is no office.
    await actAs(db, "admin@example.org");
    const notAnOffice = await submit(create, { ...account, email: "li.na@example.org", officePlaceId: String(await place("vantaa")) });
    expect(notAnOffice.result?.fieldErrors?.officePlaceId).toEqual(["Choose one of the offices listed."]);
  });

  it("lets the province's administrator move an account to another office, never the last one of its own", async () => {
    await actAs(db, "admin@example.org");
    const move = actions.find((a) => a.name === "changeOfficeAction")!.action;
    const account = async (email: string) => one<{ id: number; version: number; office_place_id: number | null; session_version: number }>(db, sql`select id, version, office_place_id, session_version from users where email = ${email}`);
    const zhang = await account("zhang.wei@example.org");
    const qingdao = await place("qingdao");
    expect(await submit(move, { id: String(zhang.id), version: String(zhang.version), officePlaceId: String(qingdao) })).toEqual({ redirect: expect.stringMatching(/notice=saved/) });
    const moved = await account("zhang.wei@example.org");
    expect(moved).toMatchObject({ office_place_id: qingdao, session_version: zhang.session_version + 1 });

    // The demo has one administrator of the province's office: moving them would leave no one to manage every account.
    const admin = await account("admin@example.org");
    const before = await fingerprint(db);
    const last = await submit(move, { id: String(admin.id), version: String(admin.version), officePlaceId: String(qingdao) });
    expect(last.result).toMatchObject({ ok: false, message: expect.stringMatching(/administrator/) });
    expect(await fingerprint(db)).toEqual(before);
  });
});
