import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { addAttachment } from "@/lib/attachments/staff";
import { setAttachmentStore } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { createUser, findScriptActor } from "@/lib/data/users";
import { createContact, updateContact } from "@/lib/kinds/contact/staff";
import { previewImport, saveImportUpload } from "@/lib/kinds/partnership/staff-import";
import { one, type submit } from "./actions";
import { programmePdf } from "./attachments";

type Action = Parameters<typeof submit>[0];
export type Fields = Record<string, string | string[] | File>;

/** Every server action exported from a module in app/ (found, not listed, so a new one can't be forgotten). */
export function serverActions(modules: Record<string, Record<string, unknown>>): { name: string; action: Action }[] {
  return Object.values(modules).flatMap((exports) =>
    Object.entries(exports)
      .filter(([name, value]) => typeof value === "function" && !publicActions.has(name))
      .map(([name, value]) => ({ name, action: value as Action })),
  );
}

/** Signing in is how a session comes to exist, and signing out acts on the caller's own session only. */
export const publicActions = new Set(["signInAction", "signOutAction"]);
export const adminActions = new Set(["createUserAction", "changeRoleAction", "changeOfficeAction", "setActiveAction", "resetPasswordAction", "unlockSignInAction"]);
/** Actions on the caller's own account, open to every signed-in role (a viewer too). */
export const ownAccountActions = new Set(["saveLanguageAction"]);

/**
 * A request each action would carry out, for the role it needs, built when asked so that it names the records' current
 * versions. Each account change acts on an account of its own, so one change never stales another's form. Every
 * field a form has is filled, so that a test that varies one field at a time reaches them all.
 */
export async function validRequests(db: Db): Promise<Record<string, () => Promise<Fields>>> {
  for (const email of ["second@example.org", "third@example.org", "fourth@example.org"]) {
    await createUser({ email, name: email, role: "viewer", password: "a long enough passphrase" }, null);
  }
  const id = async (query: ReturnType<typeof sql>) => String((await one<{ id: number }>(db, query)).id);
  const version = async (table: string, recordId: string) =>
    String((await one<{ version: number }>(db, sql`select version from ${sql.identifier(table)} where id = ${Number(recordId)}`)).version);
  const ids = {
    vantaa: await id(sql`select id from places where slug = 'vantaa'`),
    qingdao: await id(sql`select id from places where slug = 'qingdao'`),
    jinan: await id(sql`select id from places where slug = 'jinan'`),
    tie: await id(sql`select id from partnerships where slug = 'jinan-vantaa'`),
    coventry: await id(sql`select id from partnerships where slug = 'jinan-coventry'`),
    agreement: await id(sql`select id from agreements limit 1`),
    delegation: await id(sql`select id from delegations where slug = 'hanover-fair-2011'`),
    event: await id(sql`select id from events where slug = 'jinan-international-sister-city-garden'`),
    summit: await id(sql`select id from events where slug = 'regional-leaders-summit'`),
    viewer: await id(sql`select id from users where email = 'viewer@example.org'`),
    second: await id(sql`select id from users where email = 'second@example.org'`),
    third: await id(sql`select id from users where email = 'third@example.org'`),
    fourth: await id(sql`select id from users where email = 'fourth@example.org'`),
    // The demo has no office contacts: one to edit.
    contact: await id(sql`insert into contacts (name_en) values ('Protocol Division') returning id`),
  };
  // Reminders to mark done: one for each round anniversary of a tie, as many as requests may need.
  await db.execute(sql`insert into reminders (partnership_id, years, due_on, precision)
    select ${Number(ids.tie)}, n * 5, '2027-01-01', 'day' from generate_series(1, 200) n on conflict do nothing`);
  const contact = { nameEn: "Protocol Division", nameZh: "礼宾处", phone: "+86 531 0000 0000", email: "protocol@example.org", addressEn: "Jinan", addressZh: "济南" };
  const place = {
    nameEn: "Espoo",
    nameZh: "埃斯波",
    kind: "city",
    regionEn: "Uusimaa",
    countryCode: "FI",
    continent: "europe",
    latitude: "60.21",
    longitude: "24.66",
    population: "305000",
    descriptionEn: "A city west of Helsinki.",
  };
  const partnership = {
    type: "friendly_cooperation",
    status: "in_contact",
    established: "2024-05",
    summaryEn: "Ports and logistics.",
    bodyEn: "**Ports** and [logistics](https://example.org).",
    "sources.0.citation": "Qingdao Foreign Affairs Office",
    "sources.0.url": "https://example.org/qingdao",
  };
  const agreement = {
    titleEn: "Memorandum",
    titleZh: "备忘录",
    kind: "mou",
    status: "signed",
    signed: "2026-11-20",
    expires: "2031-11-20",
    signedPlaceEn: "Jinan",
    summaryEn: "Education exchange.",
    "signatories.0.name": "Sun Shuxian",
    "signatories.0.office": "Mayor of Jinan",
    "signatories.0.side": "home",
  };
  const delegation = {
    titleEn: "Vantaa delegation",
    direction: "incoming",
    starts: "2026-12-01",
    ends: "2026-12-03",
    leaderName: "Ritva Viljanen",
    size: "12",
    dealAmount: "1,000,000.50",
    dealCurrency: "EUR",
    "enterprises.0.nameEn": "Vantaa Energy",
    "enterprises.0.dealAmount": "1000000.5",
    "enterprises.0.dealCurrency": "EUR",
  };
  const event = {
    titleEn: "Garden opening",
    kind: "ceremony",
    starts: "2026-12-05",
    startTime: "10:00",
    endTime: "11:30",
    timeZone: "Asia/Shanghai",
    venueEn: "Jinan",
    descriptionEn: "The garden opens.",
  };
  // An import file naming a partnership of its own each time it is asked for, so that each upload would create one.
  let files = 0;
  const importFile = () => {
    const n = ++files;
    const text = `home_city,home_city_zh,partner_city,partner_region,country,country_iso2,relationship_type,established_year,source\r\nJinan,济南市,Requested Town ${n},,Poland,PL,friendly_cooperation,2015,https://example.org/${n}\r\n`;
    return new File([text], `ties-${n}.csv`, { type: "text/csv" });
  };
  // Uploads to apply, made now: asking for a request must change nothing itself (a test compares the database before
  // and after the action alone), and an upload is applied once, so each request takes one of its own.
  const editor = (await findScriptActor({ email: "editor@example.org" }))!;
  // A contact with two versions of its own (created, then renamed), for restoring one of them.
  const historyDesk = { nameEn: "History Desk", nameZh: null, phone: null, email: null, addressEn: null, addressZh: null };
  const { id: deskId } = await createContact({ input: historyDesk }, editor);
  await updateContact({ id: deskId, version: 1, input: { ...historyDesk, nameEn: "History Desk (renamed)" } }, editor);
  const uploads: Fields[] = [];
  for (let i = 0; i < 120; i++) {
    const file = importFile();
    const input = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const { id } = await saveImportUpload(input, editor);
    uploads.push({ id, publish: "0", allOrNothing: "on", expectedPlan: (await previewImport(input, editor)).planDigest });
  }
  // Attachments to change and remove, on Jinan–Vantaa (Jinan's office's), made now for the same reason; their bytes in
  // the database (its store), so that a suite's fingerprint sees them and nothing is written to a directory.
  setAttachmentStore(databaseStore());
  const programme = await programmePdf(1);
  const attachmentFields = { captionEn: "Programme", captionZh: "日程", altEn: null, altZh: null, credit: "Jinan FAO", isPublic: false, position: null };
  for (let i = 0; i < 12; i++) {
    await addAttachment({ owner: { kind: "partnership", id: Number(ids.tie) }, file: { name: `programme-${i}.pdf`, bytes: programme }, fields: attachmentFields }, editor);
  }
  const tieAttachment = (order: "asc" | "desc") =>
    one<{ id: number; version: number; caption_en: string | null }>(
      db,
      sql`select id, version, caption_en from attachments where partnership_id = ${Number(ids.tie)} order by id ${sql.raw(order)} limit 1`,
    );
  return {
    uploadImportAction: async () => ({ file: importFile() }),
    applyImportAction: async () => {
      const upload = uploads.pop();
      if (!upload) throw new Error("validRequests made too few import uploads for this suite: make more");
      return upload;
    },
    createPlaceAction: async () => place,
    updatePlaceAction: async () => ({ ...place, nameEn: "Vantaa", slug: "vantaa", id: ids.vantaa, version: await version("places", ids.vantaa) }),
    createPartnershipAction: async () => ({ ...partnership, homePlaceId: ids.qingdao, partnerPlaceId: ids.vantaa }),
    updatePartnershipAction: async () => ({ ...partnership, homePlaceId: ids.jinan, partnerPlaceId: ids.vantaa, type: "sister_city", status: "active", id: ids.tie, version: await version("partnerships", ids.tie) }),
    createAgreementAction: async () => ({ ...agreement, partnershipId: ids.tie, partnershipStatus: "active", partnershipStageSeen: `${ids.tie}:active` }),
    updateAgreementAction: async () => ({ ...agreement, partnershipId: ids.tie, id: ids.agreement, version: await version("agreements", ids.agreement) }),
    createDelegationAction: async () => ({ ...delegation, partnershipIds: [ids.tie, ids.coventry] }),
    updateDelegationAction: async () => ({ ...delegation, partnershipIds: [ids.tie], id: ids.delegation, version: await version("delegations", ids.delegation) }),
    createEventAction: async () => ({ ...event, partnershipIds: [ids.tie] }),
    updateEventAction: async () => ({ ...event, partnershipIds: [ids.coventry], id: ids.event, version: await version("events", ids.event) }),
    createContactAction: async () => contact,
    updateContactAction: async () => ({ ...contact, nameEn: "Visa Office", id: ids.contact, version: await version("contacts", ids.contact) }),
    // The oldest version that differs from the contact now: each request restores something (they alternate).
    restoreVersionAction: async () => {
      const now = await one<{ name_en: string; version: number }>(db, sql`select name_en, version from contacts where id = ${deskId}`);
      const entry = await one<{ id: number }>(
        db,
        sql`select id from audit_log where entity_type = 'contact' and entity_id = ${deskId} and action in ('create', 'update')
          and after ->> 'nameEn' is distinct from ${now.name_en} order by id limit 1`,
      );
      return { kind: "contact", id: String(deskId), version: String(now.version), auditId: String(entry.id) };
    },
    // Submits the summit for review, or withdraws the submission that is open: a change each time, never a publication.
    recordLifecycleAction: async () => {
      const current = await one<{ publication: string; version: number; open: boolean }>(
        db,
        sql`select publication, version, exists (select 1 from reviews where entity_type = 'event' and entity_id = events.id) as open from events where id = ${Number(ids.summit)}`,
      );
      const operation = current.open ? "withdraw" : current.publication === "published" ? "submit.unpublish" : "submit.publish";
      return { kind: "event", id: ids.summit, version: String(current.version), operation };
    },
    createUserAction: async () => ({ email: `new.${Date.now()}.${Math.random().toString(36).slice(2)}@example.org`, name: "New Person", role: "editor", locale: "zh", password: "a long enough passphrase" }),
    // The caller's own language, to the other one (whoever calls it: an editor in these suites, a viewer too).
    saveLanguageAction: async () => {
      const locale = (await one<{ locale: string }>(db, sql`select locale from users where email = 'editor@example.org'`)).locale;
      return { locale: locale === "zh" ? "en" : "zh" };
    },
    changeRoleAction: async () => {
      const role = (await one<{ role: string }>(db, sql`select role from users where id = ${Number(ids.viewer)}`)).role;
      return { id: ids.viewer, role: role === "editor" ? "viewer" : "editor", version: await version("users", ids.viewer) };
    },
    // Between the province's office and Jinan's, each time.
    changeOfficeAction: async () => {
      const office = (await one<{ office_place_id: number | null }>(db, sql`select office_place_id from users where id = ${Number(ids.fourth)}`)).office_place_id;
      return { id: ids.fourth, officePlaceId: office === null ? ids.jinan : "", version: await version("users", ids.fourth) };
    },
    setActiveAction: async () => {
      const active = (await one<{ active: boolean }>(db, sql`select active from users where id = ${Number(ids.second)}`)).active;
      return { id: ids.second, active: active ? "false" : "true", version: await version("users", ids.second) };
    },
    resetPasswordAction: async () => ({ id: ids.third, password: "another long passphrase", version: await version("users", ids.third) }),
    unlockSignInAction: async () => ({ id: ids.second, version: await version("users", ids.second) }),
    // A PDF of one page for Jinan–Vantaa, with every field filled.
    uploadAttachmentAction: async () => ({
      ownerKind: "partnership",
      ownerId: ids.tie,
      file: new File([Buffer.from(programme)], "programme.pdf", { type: "application/pdf" }),
      captionEn: "The visit's programme",
      captionZh: "访问日程",
      altEn: "The programme's first page",
      altZh: "日程第一页",
      credit: "Jinan FAO",
      isPublic: "on",
      officeOnly: "",
    }),
    // The tie's first attachment, its caption changed to the other of two each time (so each request changes it).
    updateAttachmentAction: async () => {
      const current = await tieAttachment("asc");
      const captionEn = current.caption_en === "Programme" ? "Programme of the visit" : "Programme";
      return { id: String(current.id), version: String(current.version), captionEn, captionZh: "日程", altEn: "", altZh: "", credit: "Jinan FAO", isPublic: "on", officeOnly: "" };
    },
    // The tie's last attachment: one is removed each time.
    removeAttachmentAction: async () => {
      const last = await tieAttachment("desc");
      return { id: String(last.id), version: String(last.version) };
    },
    // The first reminder still open (reminders of every round anniversary of a tie are filed below).
    markReminderDoneAction: async () => ({ id: await id(sql`select min(id) as id from reminders where done_at is null`) }),
  };
}
