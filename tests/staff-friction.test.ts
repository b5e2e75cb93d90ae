import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAgreementAction, updateAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { createContactAction } from "@/app/(staff)/staff/contacts/actions";
import { createDelegationAction, updateDelegationAction } from "@/app/(staff)/staff/delegations/actions";
import { createEventAction } from "@/app/(staff)/staff/events/actions";
import { createPartnershipAction, updatePartnershipAction } from "@/app/(staff)/staff/partnerships/actions";
import { createPlaceAction, updatePlaceAction } from "@/app/(staff)/staff/places/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import type { Db } from "@/db";
import { reviewQueues } from "@/lib/records/review";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * Two frictions of the staff walk-through (issue "Staff friction found by a user walk-through"): a new record created
 * and submitted for review in one step, and a save refused because someone else saved first showing what they saved
 * beside what was typed. The forms' buttons are run as the server actions they post to, as the demo's accounts.
 */
let db: Db;
let drop: () => Promise<void>;
const ids = { jinan: 0, qingdao: 0, vantaa: 0, coventry: 0, tie: 0, tieCoventry: 0 };
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  const id = async (query: ReturnType<typeof sql>) => (await one<{ id: number }>(db, query)).id;
  ids.jinan = await id(sql`select id from places where slug = 'jinan'`);
  ids.qingdao = await id(sql`select id from places where slug = 'qingdao'`);
  ids.vantaa = await id(sql`select id from places where slug = 'vantaa'`);
  ids.coventry = await id(sql`select id from places where slug = 'coventry'`);
  ids.tie = await id(sql`select id from partnerships where slug = 'jinan-vantaa'`);
  ids.tieCoventry = await id(sql`select id from partnerships where slug = 'jinan-coventry'`);
});
afterAll(() => drop?.());

const editor = "editor@example.org";
const reviewer = "reviewer@example.org";
const admin = "admin@example.org";

type Row = { id: number; version: number; publication: string };
const record = (table: string, id: number) => one<Row>(db, sql`select id, version, publication from ${sql.identifier(table)} where id = ${id}`);
const openReview = (kind: string, id: number) =>
  one<{ operation: string | null; state: string | null; by: string | null }>(
    db,
    sql`select max(r.operation::text) as operation, max(r.state::text) as state, max(u.name) as by from reviews r left join users u on u.id = r.submitted_by_id where r.entity_type = ${kind} and r.entity_id = ${id}`,
  );
const idIn = (redirect: string | undefined) => Number(/\/(\d+)\?/.exec(redirect ?? "")?.[1]);

describe("create and submit for review in one step", () => {
  // Each kind's create form, filled in as a user would for a record of its own.
  const forms = (): [string, string, Parameters<typeof submit>[0], Record<string, string | string[]>][] => [
    ["place", "places", createPlaceAction, { nameEn: "Espoo", nameZh: "埃斯波", slug: "espoo", kind: "city", countryCode: "FI", continent: "europe", latitude: "60.21", longitude: "24.66" }],
    ["partnership", "partnerships", createPartnershipAction, { homePlaceId: String(ids.qingdao), partnerPlaceId: String(ids.vantaa), type: "friendly_cooperation", status: "in_contact" }],
    ["agreement", "agreements", createAgreementAction, { partnershipId: String(ids.tie), titleEn: "Letter on school exchanges", titleZh: "关于学校交流的意向书", kind: "letter_of_intent", status: "signed", signed: "2026-05" }],
    ["delegation", "delegations", createDelegationAction, { titleEn: "Vantaa school heads", titleZh: "万塔校长代表团", direction: "incoming", starts: "2026-12-01", partnershipIds: [String(ids.tie)] }],
    ["event", "events", createEventAction, { titleEn: "Sauna culture evening", titleZh: "桑拿文化之夜", kind: "exhibition", starts: "2027-05-20", timeZone: "Asia/Shanghai", partnershipIds: [String(ids.tie)] }],
    ["contact", "contacts", createContactAction, { nameEn: "Protocol Division", nameZh: "礼宾处" }],
  ];

  it("on every kind's form, the second button creates a draft that waits in the other editors' queue, as its page's button would", async () => {
    for (const [kind, table, action, fields] of forms()) {
      await actAs(db, editor);
      const since = await lastAuditId(db);
      const { redirect, result } = await submit(action, { ...fields, intent: "submit" });
      expect(result, kind).toBeUndefined();
      expect(redirect).toMatch(new RegExp(`^/staff/${table}/\\d+\\?notice=createdAndSubmitted$`));
      const id = idIn(redirect);
      // A draft, waiting for review: nothing public changed.
      expect(await record(table, id)).toMatchObject({ publication: "draft", version: 1 });
      expect(await openReview(kind, id)).toEqual({ operation: "publish", state: "submitted", by: "Demo Editor" });
      expect((await auditSince(db, since)).map((e) => [e.action, e.entity_type, e.entity_id])).toEqual([
        ["create", kind, id],
        ["submit_for_review", kind, id],
      ]);
      const queue = await reviewQueues((await actAs(db, reviewer))!);
      expect(queue.toReview).toContainEqual(expect.objectContaining({ kind, id, operation: "publish", by: "Demo Editor" }));
    }
  });

  it("the plain Create button still makes a draft that waits for nobody", async () => {
    await actAs(db, editor);
    const { redirect } = await submit(createContactAction, { nameEn: "Visa Office", intent: "create" });
    expect(redirect).toMatch(/^\/staff\/contacts\/\d+\?notice=created$/);
    expect(await openReview("contact", idIn(redirect))).toEqual({ operation: null, state: null, by: null });
  });

  it("a second editor approves it and it is published; its author can't", async () => {
    await actAs(db, editor);
    const { redirect } = await submit(createPlaceAction, { nameEn: "Turku", nameZh: "图尔库", slug: "turku", kind: "city", countryCode: "FI", continent: "europe", intent: "submit" });
    const id = idIn(redirect);
    const at = { kind: "place", id: String(id), version: "1" };
    expect((await submit(recordLifecycleAction, { ...at, operation: "approve" })).result).toMatchObject({ ok: false, message: expect.stringMatching(/^You submitted this yourself/) });
    await actAs(db, reviewer);
    expect((await submit(recordLifecycleAction, { ...at, operation: "approve" })).redirect).toBe(`/staff/places/${id}?notice=approved`);
    expect(harness.tags).toContain("place:turku");
    expect(await record("places", id)).toMatchObject({ publication: "published", version: 2 });
  });

  it("a record lacking Chinese is created but not submitted: its page lists what lacks Chinese and offers the choice", async () => {
    await actAs(db, editor);
    const since = await lastAuditId(db);
    const { redirect } = await submit(createContactAction, { nameEn: "Visa Office", intent: "submit" });
    expect(redirect).toMatch(/^\/staff\/contacts\/\d+\?notice=createdMissingChinese$/);
    const id = idIn(redirect);
    expect(await record("contacts", id)).toMatchObject({ publication: "draft" });
    expect(await openReview("contact", id)).toEqual({ operation: null, state: null, by: null });
    expect((await auditSince(db, since)).map((e) => e.action)).toEqual(["create"]);
  });

  it("an administrator's press of it submits for review too: nothing is published on one person's word", async () => {
    await actAs(db, admin);
    const { redirect } = await submit(createContactAction, { nameEn: "Press Office", nameZh: "新闻处", intent: "submit" });
    expect(redirect).toMatch(/notice=createdAndSubmitted$/);
    const id = idIn(redirect);
    expect(await record("contacts", id)).toMatchObject({ publication: "draft" });
    expect(await openReview("contact", id)).toEqual({ operation: "publish", state: "submitted", by: "Demo Administrator" });
  });

  it("a form with errors creates nothing and submits nothing, keeping what was typed", async () => {
    await actAs(db, editor);
    const before = await fingerprint(db);
    const { result } = await submit(createPartnershipAction, { homePlaceId: String(ids.jinan), partnerPlaceId: String(ids.vantaa), type: "sister_city", status: "", intent: "submit" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", values: { homePlaceId: String(ids.jinan), intent: "submit" } });
    expect(result!.fieldErrors).toEqual({ partnerPlaceId: ["These two places already have a partnership."], status: ["Choose one of the options."] });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a viewer's press is refused before anything is written", async () => {
    await actAs(db, "viewer@example.org");
    const before = await fingerprint(db);
    expect((await submit(createContactAction, { nameEn: "Viewer's Desk", intent: "submit" })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("when the submission fails after the record was made, the record stays a draft and its page says it was not submitted", async () => {
    await actAs(db, editor);
    // The review table refuses every new row, as a database fault would, after the record's own transaction committed.
    await db.execute(sql.raw(`create function refuse_review() returns trigger language plpgsql as $$ begin raise exception 'reviews are closed'; end $$`));
    await db.execute(sql.raw(`create trigger refuse_review before insert on reviews for each row execute function refuse_review()`));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const since = await lastAuditId(db);
      const { redirect } = await submit(createContactAction, { nameEn: "Archive Desk", nameZh: "档案处", intent: "submit" });
      expect(redirect).toMatch(/^\/staff\/contacts\/\d+\?notice=createdNotSubmitted$/);
      const id = idIn(redirect);
      expect(await record("contacts", id)).toMatchObject({ publication: "draft", version: 1 });
      expect(await openReview("contact", id)).toEqual({ operation: null, state: null, by: null });
      expect((await auditSince(db, since)).map((e) => e.action)).toEqual(["create"]);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/could not be submitted for review/), expect.anything());
    } finally {
      logged.mockRestore();
      await db.execute(sql.raw(`drop trigger refuse_review on reviews; drop function refuse_review()`));
    }
  });
});

describe("a save refused because someone else saved first shows what they saved", () => {
  it("lists each field that differs, choices by their labels and places by their names, beside what was typed, which the form keeps", async () => {
    await actAs(db, editor);
    const created = await submit(createPartnershipAction, {
      homePlaceId: String(ids.qingdao),
      partnerPlaceId: String(ids.coventry),
      type: "friendly_cooperation",
      status: "in_contact",
      slug: "qingdao-coventry",
      summaryEn: "Ports.",
      "sources.0.citation": "Qingdao news",
      "sources.0.kind": "news",
    });
    expect(created.result?.fieldErrors).toBeUndefined();
    const id = idIn(created.redirect);
    // Both open the form at version 1; the reviewer saves first.
    const opened = {
      id: String(id),
      version: "1",
      homePlaceId: String(ids.qingdao),
      partnerPlaceId: String(ids.coventry),
      type: "friendly_cooperation",
      status: "in_contact",
      established: "",
      slug: "qingdao-coventry",
      summaryEn: "Ports.",
      summaryZh: "",
      bodyEn: "",
      "sources.0.citation": "Qingdao news",
      "sources.0.kind": "news",
    };
    // Another of the office's own places, with no tie to Coventry yet.
    const home = await one<{ id: number; name: string }>(
      db,
      sql`select id, name_en as name from places p where is_home and id <> ${ids.qingdao} and not exists (select 1 from partnerships t where t.home_place_id = p.id and t.partner_place_id = ${ids.coventry}) order by name_en limit 1`,
    );
    await actAs(db, reviewer);
    const first = await submit(updatePartnershipAction, {
      ...opened,
      homePlaceId: String(home.id),
      type: "sister_city",
      status: "letter_of_intent",
      featured: "on",
      summaryEn: "Ports and logistics.",
      "sources.0.kind": "official_home",
    });
    expect(first.redirect).toBe(`/staff/partnerships/${id}?notice=saved`);

    await actAs(db, editor);
    const before = await fingerprint(db);
    const mine = { ...opened, status: "active", summaryEn: "Ports, since 2019.", bodyEn: "The ports\r\nof both cities.", "sources.1.citation": "", "sources.1.url": "" };
    const { result } = await submit(updatePartnershipAction, mine);
    expect(result).toMatchObject({ ok: false, reason: "conflict", values: { summaryEn: "Ports, since 2019.", status: "active" } });
    expect(result!.message).toMatch(/^Demo Reviewer saved this record on .+, after you opened it\. Nothing was saved/);
    expect(result!.conflict).toEqual({
      savedBy: "Demo Reviewer",
      fields: [
        { field: "homePlaceId", yours: "Qingdao", theirs: home.name },
        { field: "type", yours: "Friendly-cooperation city", theirs: "Sister city" },
        { field: "status", yours: "Active", theirs: "Letter of intent" },
        { field: "featured", yours: "No", theirs: "Yes" },
        { field: "summaryEn", yours: "Ports, since 2019.", theirs: "Ports and logistics." },
        { field: "bodyEn", yours: "The ports\nof both cities.", theirs: "" },
        { field: "sources.0.kind", yours: "News report", theirs: "Our government (Shandong or its city)" },
      ],
    });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("compares partnerships as the set chosen, names them, and leaves out an agreement's stage, which is not kept with it", async () => {
    await actAs(db, editor);
    const delegation = await submit(createDelegationAction, { titleEn: "Coventry councillors", direction: "incoming", starts: "2026-10", partnershipIds: [String(ids.tie), String(ids.tieCoventry)] });
    const dId = idIn(delegation.redirect);
    const { slug } = await one<{ slug: string }>(db, sql`select slug from delegations where id = ${dId}`);
    const opened = { id: String(dId), version: "1", slug, titleEn: "Coventry councillors", direction: "incoming", starts: "2026-10", partnershipIds: [String(ids.tieCoventry), String(ids.tie)] };
    await actAs(db, reviewer);
    expect((await submit(updateDelegationAction, { ...opened, direction: "outgoing", partnershipIds: [String(ids.tieCoventry)] })).redirect).toMatch(/notice=saved$/);
    await actAs(db, editor);
    // The same partnerships in another order are no difference; the direction the reviewer changed is one. In the
    // schema's order, as the error summary lists fields.
    const same = await submit(updateDelegationAction, { ...opened, titleEn: "Coventry city councillors", partnershipIds: [String(ids.tie), String(ids.tieCoventry)] });
    expect(same.result!.conflict!.fields).toEqual([
      { field: "direction", yours: "Incoming", theirs: "Outgoing" },
      { field: "titleEn", yours: "Coventry city councillors", theirs: "Coventry councillors" },
      { field: "partnershipIds", yours: "Jinan – Vantaa; Jinan – Coventry", theirs: "Jinan – Coventry" },
    ]);

    const agreement = await submit(createAgreementAction, { partnershipId: String(ids.tie), titleEn: "Port memorandum", kind: "mou", status: "signed", signed: "2026-05", "signatories.0.name": "Sun Shuxian", "signatories.0.office": "Mayor of Jinan", "signatories.0.side": "home" });
    const aId = idIn(agreement.redirect);
    const aOpened = { id: String(aId), version: "1", partnershipId: String(ids.tie), titleEn: "Port memorandum", kind: "mou", status: "signed", signed: "2026-05", "signatories.0.name": "Sun Shuxian", "signatories.0.office": "Mayor of Jinan", "signatories.0.side": "home" };
    await actAs(db, reviewer);
    expect((await submit(updateAgreementAction, { ...aOpened, "signatories.0.side": "partner" })).redirect).toMatch(/notice=saved$/);
    await actAs(db, editor);
    const stale = await submit(updateAgreementAction, { ...aOpened, partnershipStatus: "active", partnershipStageSeen: `${ids.tie}:active` });
    expect(stale.result).toMatchObject({ reason: "conflict", values: { partnershipStatus: "active" } });
    expect(stale.result!.conflict!.fields).toEqual([{ field: "signatories.0.side", yours: "Shandong side", theirs: "Partner side" }]);
  });

  it("against a published record, compares with the change waiting for review, which its page shows, and names its author", async () => {
    await actAs(db, editor);
    const fields = { nameEn: "Lahti", slug: "lahti", kind: "city", countryCode: "FI", continent: "europe" };
    const { redirect } = await submit(createPlaceAction, fields);
    const id = idIn(redirect);
    await actAs(db, admin);
    await submit(recordLifecycleAction, { kind: "place", id: String(id), version: "1", operation: "withoutReview.publish", reason: "Seen on the partner's site.", acceptEnglish: "on" });
    const opened = { ...fields, id: String(id), version: "2" };
    // The administrator's edit of the published place waits for review, as its next version.
    expect((await submit(updatePlaceAction, { ...opened, nameZh: "拉赫蒂", countryCode: "SE" })).redirect).toMatch(/notice=changeSubmitted$/);
    await actAs(db, editor);
    const stale = await submit(updatePlaceAction, { ...opened, nameEn: "Lahti city" });
    expect(stale.result!.conflict).toEqual({
      savedBy: "Demo Administrator",
      fields: [
        { field: "nameEn", yours: "Lahti city", theirs: "Lahti" },
        { field: "nameZh", yours: "", theirs: "拉赫蒂" },
        { field: "countryCode", yours: "Finland (FI)", theirs: "Sweden (SE)" },
      ],
    });
  });

  it("says so when nothing differs (another person only published it), and a stage moved under an agreement gets no table", async () => {
    await actAs(db, editor);
    const { redirect } = await submit(createContactAction, { nameEn: "Liaison Desk" });
    const id = idIn(redirect);
    await actAs(db, admin);
    await submit(recordLifecycleAction, { kind: "contact", id: String(id), version: "1", operation: "withoutReview.publish", reason: "Needed today.", acceptEnglish: "on" });
    await actAs(db, editor);
    const { updateContactAction } = await import("@/app/(staff)/staff/contacts/actions");
    const stale = await submit(updateContactAction, { id: String(id), version: "1", nameEn: "Liaison Desk", nameZh: "", phone: "", email: "", addressEn: "", addressZh: "" });
    expect(stale.result).toMatchObject({ reason: "conflict", conflict: { savedBy: "Demo Administrator", fields: [] } });

    const moved = await submit(createAgreementAction, { partnershipId: String(ids.tie), titleEn: "Late memorandum", kind: "mou", status: "signed", signed: "2026-05", partnershipStatus: "dormant", partnershipStageSeen: `${ids.tie}:in_contact` });
    expect(moved.result?.fieldErrors).toBeUndefined();
    expect(moved.result).toMatchObject({ reason: "conflict", message: expect.stringMatching(/changed this partnership's stage/) });
    expect(moved.result!.conflict).toBeUndefined();
  });
});
