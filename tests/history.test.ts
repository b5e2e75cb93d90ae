import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { findScriptActor } from "@/lib/data/users";
import * as enums from "@/lib/enums";
import { staffMessages } from "@/lib/i18n/staff";
import { kinds, recordKinds } from "@/lib/kinds";
import { createAgreement, updateAgreement } from "@/lib/kinds/agreement/staff";
import type { AgreementInput } from "@/lib/kinds/agreement/validation";
import { createEvent, updateEvent } from "@/lib/kinds/event/staff";
import type { EventInput } from "@/lib/kinds/event/validation";
import { updatePlace } from "@/lib/kinds/place/staff";
import type { PlaceInput } from "@/lib/kinds/place/validation";
import { restoreVersion } from "@/lib/kinds/restore";
import type { Actor } from "@/lib/records/actor";
import { ConflictError } from "@/lib/records/errors";
import { approveReview, changeWithoutReview, proposedValues } from "@/lib/records/review";
import { readRecordVersion, readRecordVersions, rebuildVersions, VersionNotFoundError } from "@/lib/records/history";
import { changeWords, compareWords, dateWords, valueWords, type FieldReading, type State } from "@/lib/records/history-words";
import { freshDatabase } from "./support/db";

describe("rebuilding versions backwards from the record as it is now", () => {
  const now = { title: "C", kind: "renewal", ids: [3], rows: [{ name: "Z" }] };

  it("undoes each later edit with its before, leaving fields no version changed and lifecycle entries alone", () => {
    const states = rebuildVersions(now, [
      { id: 10, action: "update", before: { title: "A", kind: "mou" }, after: { title: "B", kind: "renewal" } },
      { id: 12, action: "publish", before: { publication: "draft" }, after: { publication: "published" } },
      { id: 14, action: "update", before: { title: "B", ids: [1, 2], rows: [] }, after: { title: "C", ids: [3], rows: [{ name: "Z" }] } },
    ]);
    expect(states.get(14)).toEqual({ before: { title: "B", kind: "renewal", ids: [1, 2], rows: [] }, after: now });
    expect(states.get(12)).toEqual({ before: states.get(14)!.before, after: states.get(14)!.before });
    expect(states.get(10)).toEqual({ before: { title: "A", kind: "mou", ids: [1, 2], rows: [] }, after: states.get(14)!.before });
  });

  it("stops at the creation, whose state is the record as created, and ignores fields the record no longer has", () => {
    const states = rebuildVersions(now, [
      { id: 1, action: "create", before: null, after: { title: "A", kind: "mou", ids: [], rows: [], publication: "draft" } },
      { id: 2, action: "update", before: { title: "A", kind: "mou", ids: [], rows: [], dropped: "x" }, after: { ...now, dropped: "y" } },
    ]);
    expect(states.get(1)).toEqual({ before: null, after: { title: "A", kind: "mou", ids: [], rows: [] } });
    expect(states.get(2)!.after).toEqual(now);
  });

  it("rebuilds a record that has no creation entry (seeded, or older than the audit log's snapshots)", () => {
    const states = rebuildVersions(now, [{ id: 7, action: "update", before: { title: "Seeded" }, after: { title: "C" } }]);
    expect(states.get(7)!.before).toEqual({ ...now, title: "Seeded" });
  });
});

describe("values in the kind's words", () => {
  const enumValues: Record<string, readonly string[]> = {
    placeKinds: enums.placeKinds,
    continents: enums.continents,
    partnershipTypes: enums.partnershipTypes,
    partnershipStatuses: enums.partnershipStatuses,
    sourceKinds: enums.sourceKinds,
    agreementKinds: enums.agreementKinds,
    agreementStatuses: enums.agreementStatuses,
    sides: enums.signatorySides,
    directions: enums.delegationDirections,
    eventKinds: enums.eventKinds,
  };

  /** Every enum reading of every kind, its rows' columns too. */
  const enumReadings = recordKinds.flatMap((kind) => {
    const reads = (kinds[kind].reads ?? {}) as Record<string, FieldReading>;
    return Object.entries(reads).flatMap(([field, r]) => [
      ...("enum" in r ? [{ kind, field, ns: r.enum }] : []),
      ...("rows" in r ? Object.entries(r.rows).flatMap(([col, c]) => ("enum" in c ? [{ kind, field: `${field}.${col}`, ns: c.enum }] : [])) : []),
    ]);
  });

  it("reads every enum field of every kind (and of its rows) by the catalogue's label", () => {
    expect(enumReadings.map((e) => `${e.kind}.${e.field}`).sort()).toEqual([
      "agreement.kind", "agreement.signatories.side", "agreement.status", "delegation.direction", "event.kind",
      "partnership.sources.kind", "partnership.status", "partnership.type", "place.continent", "place.kind",
    ]);
    for (const { kind, field, ns } of enumReadings) {
      const values = enumValues[ns];
      expect(values, `${kind}.${field}`).toBeDefined();
      const labels = staffMessages.Enums[ns] as Record<string, string>;
      for (const value of values!) {
        expect(valueWords(value, { enum: ns }, {}, {}), `${kind}.${field} ${value}`).toBe(labels[value]);
        expect(labels[value], `${ns}.${value} has a label`).toBeTruthy();
      }
    }
    expect(valueWords("mou", { enum: "agreementKinds" }, {}, {})).toBe("Memorandum of understanding");
  });

  it("reads every reference field by the name of what it refers to, a deleted one as such", () => {
    const refs = recordKinds.flatMap((kind) =>
      Object.entries((kinds[kind].reads ?? {}) as Record<string, FieldReading>).flatMap(([field, r]) => ("ref" in r ? [`${kind}.${field}:${r.ref}`] : [])),
    );
    expect(refs.sort()).toEqual([
      "agreement.partnershipId:partnership", "delegation.partnershipIds:partnership", "event.partnershipIds:partnership",
      "partnership.homePlaceId:place", "partnership.partnerPlaceId:place",
    ]);
    const names = { partnership: { 4: "Jinan – Vantaa", 9: "Jinan – Coventry" }, place: { 2: "Jinan" } };
    expect(valueWords([4, 9], { ref: "partnership" }, {}, names)).toBe("Jinan – Vantaa; Jinan – Coventry");
    expect(valueWords(2, { ref: "place" }, {}, names)).toBe("Jinan");
    expect(valueWords(77, { ref: "place" }, {}, names)).toBe("record 77 (deleted since)");
  });

  it("reads dates at their precision, money with its currency, countries, booleans, emptiness and rows", () => {
    expect(dateWords("1979-01-01", "year")).toBe("1979");
    expect(dateWords("2026-11-01", "month")).toBe("Nov 2026");
    expect(valueWords("2026-11-20", { dateAt: "signedPrecision" }, { signedPrecision: "day" }, {})).toBe("20 Nov 2026");
    expect(valueWords("2031-11-20", { day: true }, {}, {})).toBe("20 Nov 2031");
    expect(valueWords("240000000", { money: "dealCurrency" }, { dealCurrency: "EUR" }, {})).toBe("EUR 240,000,000");
    expect(valueWords("FI", { country: true }, {}, {})).toBe("Finland (FI)");
    expect(valueWords(true, undefined, {}, {})).toBe("Yes");
    expect(valueWords(false, undefined, {}, {})).toBe("No");
    expect(valueWords(null, { enum: "eventKinds" }, {}, {})).toBe("(none)");
    expect(valueWords([], { ref: "partnership" }, {}, {})).toBe("(none)");
    const signatories = [
      { name: "Sun Shuxian", nameZh: null, office: "Mayor of Jinan", officeZh: null, side: "home" },
      { name: "Ritva Viljanen", nameZh: "丽特娃", office: "Mayor of Vantaa", officeZh: null, side: "partner" },
    ];
    expect(valueWords(signatories, kinds.agreement.reads!.signatories, {}, {})).toBe(
      "1. Sun Shuxian, Mayor of Jinan, Shandong side\n2. Ritva Viljanen, 丽特娃, Mayor of Vantaa, Partner side",
    );
    const steps = [{ occurredOn: "1987-01-01", precision: "year", labelEn: "Protocol signed", labelZh: null }];
    expect(valueWords(steps, kinds.partnership.reads!.steps, {}, {})).toBe("1. 1987, Protocol signed");
  });

  it("shows a change of a date's precision alone as a change of the date, at each side's precision", () => {
    const before = { signedOn: "2026-11-01", signedPrecision: "month", kind: "mou" };
    const after = { signedOn: "2026-11-01", signedPrecision: "day", kind: "mou" };
    const words = { labels: staffMessages.Agreements.fields, reads: kinds.agreement.reads as Record<string, FieldReading>, names: {} };
    expect(changeWords({ action: "update", before: { signedPrecision: "month" }, after: { signedPrecision: "day" } }, { before, after }, words)).toEqual([
      { field: "signedOn", label: "Signed on", before: "Nov 2026", after: "1 Nov 2026" },
    ]);
    expect(compareWords(before, after, words).filter((l) => l.changed)).toEqual([{ field: "signedOn", label: "Signed on", then: "Nov 2026", now: "1 Nov 2026", changed: true }]);
  });
});

describe("restoring a version as a new version, through each kind's own save", () => {
  let db: Db;
  let drop: () => Promise<void>;
  let editor: Actor;
  let reviewer: Actor;
  let admin: Actor;
  const id = async (query: ReturnType<typeof sql>) => rowsOf<{ id: number }>(await db.execute(query))[0]!.id;
  const version = async (table: string, recordId: number) =>
    rowsOf<{ version: number }>(await db.execute(sql`select version from ${sql.identifier(table)} where id = ${recordId}`))[0]!.version;
  const lastEntry = async (kind: string, recordId: number) =>
    rowsOf<{ id: number; action: string; before: State; after: State }>(
      await db.execute(sql`select id::int as id, action, before, after from audit_log where entity_type = ${kind} and entity_id = ${recordId} order by id desc limit 1`),
    )[0]!;

  beforeAll(async () => {
    ({ db, drop } = await freshDatabase({ seed: true }));
    editor = (await findScriptActor({ email: "editor@example.org" }))!;
    reviewer = (await findScriptActor({ email: "reviewer@example.org" }))!;
    admin = (await findScriptActor({ email: "admin@example.org" }))!;
  });
  afterAll(() => drop?.());

  it("an agreement with signatories: its history in words, its first version compared, restored, and a stale restore refused", async () => {
    const tie = await id(sql`select id from partnerships where slug = 'jinan-vantaa'`);
    const input: AgreementInput = {
      partnershipId: tie,
      titleEn: "Memorandum on green building",
      titleZh: null,
      titleDescriptive: false,
      kind: "mou",
      status: "signed",
      signed: { date: "2026-11-01", precision: "month" },
      signedPlaceEn: "Jinan",
      signedPlaceZh: null,
      expires: null,
      summaryEn: null,
      summaryZh: null,
      signatories: [
        { name: "Sun Shuxian", nameZh: null, office: "Mayor of Jinan", officeZh: null, side: "home" },
        { name: "Ritva Viljanen", nameZh: null, office: "Mayor of Vantaa", officeZh: null, side: "partner" },
      ],
      partnershipStatus: null,
      partnershipStageSeen: null,
    };
    const { id: agreementId } = await createAgreement({ input }, editor);
    const created = await kinds.agreement.snapshot(db, agreementId);
    const first = await lastEntry("agreement", agreementId);
    await updateAgreement(
      {
        id: agreementId,
        version: 1,
        input: { ...input, kind: "cooperation_agreement", signed: { date: "2026-11-20", precision: "day" }, signatories: [input.signatories[1]!] },
      },
      editor,
    );
    await updateAgreement({ id: agreementId, version: 2, input: { ...input, kind: "cooperation_agreement", status: "in_force", signatories: [] } }, editor);

    // The history, in words: the first edit's kind, date and signatories as the staff read them.
    const { entries, words } = await readRecordVersions({ kind: "agreement", id: agreementId });
    expect(entries.map((e) => [e.action, e.version, e.current])).toEqual([
      ["update", true, true],
      ["update", true, false],
      ["create", true, false],
    ]);
    const firstEdit = changeWords(entries[1]!, entries[1]!.states!, words);
    expect(firstEdit).toEqual(
      expect.arrayContaining([
        { field: "kind", label: "Kind", before: "Memorandum of understanding", after: "Cooperation agreement" },
        { field: "signedOn", label: "Signed on", before: "Nov 2026", after: "20 Nov 2026" },
        {
          field: "signatories",
          label: "Signatories",
          before: "1. Sun Shuxian, Mayor of Jinan, Shandong side\n2. Ritva Viljanen, Mayor of Vantaa, Partner side",
          after: "1. Ritva Viljanen, Mayor of Vantaa, Partner side",
        },
      ]),
    );
    const creation = changeWords(entries[2]!, entries[2]!.states!, words);
    expect(creation).toContainEqual({ field: "partnershipId", label: "Partnership", before: null, after: "Jinan – Vantaa" });
    // Rebuilt backwards, the first version is what the creation's snapshot says.
    expect(entries[2]!.states!.after).toEqual(JSON.parse(JSON.stringify(created)));

    // The comparison of the first version with the current one.
    const compared = await readRecordVersion({ kind: "agreement", id: agreementId, auditId: first.id });
    const lines = compareWords(compared!.state, compared!.current, compared!.words);
    expect(lines.filter((l) => l.changed).map((l) => [l.label, l.then, l.now])).toEqual([
      ["Kind", "Memorandum of understanding", "Cooperation agreement"],
      ["Status", "Signed", "In force"],
      ["Signatories", "1. Sun Shuxian, Mayor of Jinan, Shandong side\n2. Ritva Viljanen, Mayor of Vantaa, Partner side", "(none)"],
    ]);
    expect(lines.find((l) => l.field === "partnershipId")).toMatchObject({ then: "Jinan – Vantaa", now: "Jinan – Vantaa", changed: false });

    // A restore at a version someone has moved on from is refused, changing nothing.
    await expect(restoreVersion({ kind: "agreement", id: agreementId, version: 2, auditId: first.id }, editor)).rejects.toBeInstanceOf(ConflictError);
    expect(await version("agreements", agreementId)).toBe(3);
    // An entry the record's history does not hold is no version of it.
    await expect(restoreVersion({ kind: "agreement", id: agreementId, version: 3, auditId: 999_999 }, editor)).rejects.toBeInstanceOf(VersionNotFoundError);

    const restored = await restoreVersion({ kind: "agreement", id: agreementId, version: 3, auditId: first.id }, editor);
    expect(restored).toMatchObject({ id: agreementId, changed: true });
    expect(await kinds.agreement.snapshot(db, agreementId)).toEqual(created);
    expect(await version("agreements", agreementId)).toBe(4);
    const entry = await lastEntry("agreement", agreementId);
    expect(entry).toMatchObject({
      action: "update",
      before: { status: "in_force", kind: "cooperation_agreement", signatories: [] },
      after: { status: "signed", kind: "mou", restoredFrom: { auditId: first.id, at: expect.any(String) } },
    });
    expect(entry.after.signatories).toEqual(created.signatories);

    // Restoring it again changes nothing, and says so.
    expect(await restoreVersion({ kind: "agreement", id: agreementId, version: 4, auditId: first.id }, editor)).toMatchObject({ changed: false });
    expect(await version("agreements", agreementId)).toBe(4);
  });

  it("an event with partnerships: its links read by name, and restored", async () => {
    const tie = await id(sql`select id from partnerships where slug = 'jinan-vantaa'`);
    const coventry = await id(sql`select id from partnerships where slug = 'jinan-coventry'`);
    const input: EventInput = {
      slug: null,
      kind: "forum",
      titleEn: "Twin-city forum",
      titleZh: null,
      titleDescriptive: false,
      starts: { date: "2027-01-01", precision: "year" },
      ends: null,
      startTime: null,
      endTime: null,
      timeZone: "Asia/Shanghai",
      online: false,
      venueEn: null,
      venueZh: null,
      organisersEn: null,
      organisersZh: null,
      descriptionEn: null,
      descriptionZh: null,
      partnershipIds: [tie, coventry],
    };
    const { id: eventId } = await createEvent({ input }, editor);
    const created = await kinds.event.snapshot(db, eventId);
    const first = await lastEntry("event", eventId);
    await updateEvent({ id: eventId, version: 1, input: { ...input, kind: "ceremony", online: true, partnershipIds: [coventry] } }, editor);

    const { entries, words } = await readRecordVersions({ kind: "event", id: eventId });
    expect(changeWords(entries[0]!, entries[0]!.states!, words)).toEqual([
      { field: "kind", label: "Kind", before: "Forum", after: "Ceremony" },
      { field: "online", label: "Held online", before: "No", after: "Yes" },
      // In the order the record keeps them (by id).
      { field: "partnershipIds", label: "Partnerships", before: tie < coventry ? "Jinan – Vantaa; Jinan – Coventry" : "Jinan – Coventry; Jinan – Vantaa", after: "Jinan – Coventry" },
    ]);
    expect(changeWords(entries[1]!, entries[1]!.states!, words)).toContainEqual({ field: "startsOn", label: "Starts", before: null, after: "2027" });

    expect(await restoreVersion({ kind: "event", id: eventId, version: 2, auditId: first.id }, editor)).toMatchObject({ changed: true });
    expect(await kinds.event.snapshot(db, eventId)).toEqual(created);
    expect(rowsOf(await db.execute(sql`select partnership_id from event_partnerships where event_id = ${eventId} order by partnership_id`))).toHaveLength(2);
  });

  it("a seeded place with no creation entry: rebuilt backwards from what it is now, and restored", async () => {
    const vantaa = await id(sql`select id from places where slug = 'vantaa'`);
    const seeded = await kinds.place.snapshot(db, vantaa);
    // A draft, so that its restores are plain edits (a published record's restore waits for review: the test below).
    await changeWithoutReview({ kind: "place", id: vantaa, version: await version("places", vantaa), operation: "unpublish", reason: "Checking its history" }, admin);
    const v = await version("places", vantaa);
    await updatePlace({ id: vantaa, version: v, input: { ...seeded, nameEn: "Vanda", kind: "region" } as PlaceInput }, editor);
    const renamed = await kinds.place.snapshot(db, vantaa);
    const rename = await lastEntry("place", vantaa);
    await updatePlace({ id: vantaa, version: v + 1, input: { ...renamed, population: 1, countryCode: "SE" } as PlaceInput }, editor);

    const { entries, words } = await readRecordVersions({ kind: "place", id: vantaa });
    expect(entries.some((e) => e.action === "create")).toBe(false);
    // Before the first edit: the seeded place, though no entry holds it whole.
    expect(entries.find((e) => e.id === rename.id)!.states!.before).toEqual(JSON.parse(JSON.stringify(seeded)));
    expect(changeWords(entries[0]!, entries[0]!.states!, words)).toContainEqual({ field: "countryCode", label: "Country", before: "Finland (FI)", after: "Sweden (SE)" });
    expect(changeWords(entries[1]!, entries[1]!.states!, words)).toContainEqual({ field: "kind", label: "Kind", before: "City", after: "Region" });

    await restoreVersion({ kind: "place", id: vantaa, version: v + 2, auditId: rename.id }, editor);
    expect(await kinds.place.snapshot(db, vantaa)).toEqual(renamed);

    // Its earliest version, which no entry made, is the one the first edit changed: restorable too.
    const earliest = await readRecordVersion({ kind: "place", id: vantaa, auditId: rename.id, before: true });
    expect(compareWords(earliest!.state, earliest!.current, earliest!.words).filter((l) => l.changed).map((l) => [l.label, l.then, l.now])).toEqual([
      ["Name in English", "Vantaa", "Vanda"],
      ["Kind", "City", "Region"],
    ]);
    await restoreVersion({ kind: "place", id: vantaa, version: v + 3, auditId: rename.id, before: true }, editor);
    expect(await kinds.place.snapshot(db, vantaa)).toEqual(seeded);
    expect((await lastEntry("place", vantaa)).after).toMatchObject({ nameEn: "Vantaa", kind: "city", restoredFrom: { auditId: rename.id, before: true } });
  });

  it("a published record's restore is its next version, waiting for review: the public keeps the published one until it is approved", async () => {
    const coventry = await id(sql`select id from places where slug = 'coventry'`);
    const seeded = await kinds.place.snapshot(db, coventry);
    const v = await version("places", coventry);
    await updatePlace({ id: coventry, version: v, input: { ...seeded, nameEn: "Coventry City" } as PlaceInput }, editor);
    const renamed = await kinds.place.snapshot(db, coventry);
    const rename = await lastEntry("place", coventry);

    expect(await restoreVersion({ kind: "place", id: coventry, version: v + 1, auditId: rename.id, before: true }, editor)).toMatchObject({ proposed: true });
    expect(await kinds.place.snapshot(db, coventry)).toEqual(renamed);
    expect(await proposedValues({ kind: "place", id: coventry })).toMatchObject({ nameEn: "Coventry" });
    await approveReview({ kind: "place", id: coventry, version: v + 2 }, reviewer);
    expect(await kinds.place.snapshot(db, coventry)).toEqual(seeded);
  });
});
