import "server-only";
import crypto from "node:crypto";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { importUploads, partnershipSources, partnerships, places, users } from "@/db/schema";
import { publicTags } from "@/lib/cache-tags";
import { checkRows, type RowCheck } from "@/lib/import/rows";
import { planImport, type ImportWorld, type PlannedRow } from "@/lib/import/plan";
import { readTable } from "@/lib/import/read";
import { planDigestOf, reportOf, type ImportReport, type StoredImportReport } from "@/lib/import/report";
import { describeKnownSource, sourceRow, type SourceRow } from "@/lib/import/sources";
import { officeToday } from "@/lib/office-clock";
import { slugify } from "@/lib/slug";
import { assertRole, type Actor } from "@/lib/records/actor";
import { recordAudit } from "@/lib/records/audit";
import { RecordNotFoundError } from "@/lib/records/errors";
import { isoTimestamp } from "@/lib/data/sql";
import { setPublicationIn } from "@/lib/records/lifecycle";
import { createIn, updateIn } from "@/lib/records/write";
import { placeKind } from "@/lib/kinds/place/definition";
import { partnershipKind, sourceColumns, type PartnershipFields } from "./definition";
import { writeSources, writeSteps } from "./staff";

/**
 * Importing partnerships from a CSV or XLSX file (issue 15): previewImport says what applying would do and writes
 * nothing; applyImport does it in one transaction, each record created or changed as a staff save would (its version,
 * its audit entry), plus one audit entry for the import itself with the file's name and SHA-256. The command line
 * (scripts/import.ts) and the staff page call these two.
 */

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Publish what the import creates or changes (administrators only: it goes without review); drafts otherwise. */
  publish?: boolean;
  /** Apply nothing if any row is refused; otherwise refused rows are left out and the others applied. */
  allOrNothing?: boolean;
  /** Called as records are written: how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** The planDigest of the preview the user saw: if the plan is now different, nothing is applied (ImportPlanChangedError). */
  expectedPlan?: string;
}

/** The records changed between the preview and the apply, and the import would now do something else: nothing is written. */
export class ImportPlanChangedError extends Error {
  override name = "ImportPlanChangedError";
}

/** The upload was applied already (in another tab, or by a colleague): it is not applied twice. */
export class ImportAlreadyAppliedError extends Error {
  override name = "ImportAlreadyAppliedError";
}

/** The office's current year: a tie can't be established after it. */
const currentYear = () => Number(officeToday().slice(0, 4));

async function prepare(file: ImportFile) {
  const table = await readTable(file.bytes);
  const checks = checkRows(table, currentYear());
  const sha256 = crypto.createHash("sha256").update(file.bytes).digest("hex");
  return { table, checks, meta: { fileName: file.fileName, sha256 } };
}

/** The places and partnerships the rows could match: the office's places, and those abroad in the rows' countries. */
async function loadWorld(db: Db | Tx, checks: RowCheck[]): Promise<ImportWorld> {
  const countries = [...new Set(checks.flatMap((c) => (c.ok ? [c.row.countryCode] : [])))];
  const placeColumns = { id: places.id, slug: places.slug, nameEn: places.nameEn, nameZh: places.nameZh, regionEn: places.regionEn, countryCode: places.countryCode };
  const abroad = and(eq(places.isHome, false), inArray(places.countryCode, countries.length ? countries : ["--"]));
  const [homePlaces, partnerPlaces, ties, sources] = await Promise.all([
    db.select(placeColumns).from(places).where(eq(places.isHome, true)).orderBy(asc(places.id)),
    db.select(placeColumns).from(places).where(abroad).orderBy(asc(places.id)),
    db
      .select({
        id: partnerships.id,
        version: partnerships.version,
        homePlaceId: partnerships.homePlaceId,
        partnerPlaceId: partnerships.partnerPlaceId,
        type: partnerships.type,
        status: partnerships.status,
        establishedOn: partnerships.establishedOn,
        establishedPrecision: partnerships.establishedPrecision,
        publication: partnerships.publication,
        archivedAt: partnerships.archivedAt,
      })
      .from(partnerships)
      .innerJoin(places, eq(places.id, partnerships.partnerPlaceId))
      .where(abroad),
    db
      .select({
        partnershipId: partnershipSources.partnershipId,
        ...sourceColumns,
      })
      .from(partnershipSources)
      .innerJoin(partnerships, eq(partnerships.id, partnershipSources.partnershipId))
      .innerJoin(places, eq(places.id, partnerships.partnerPlaceId))
      .where(abroad)
      .orderBy(asc(partnershipSources.partnershipId), asc(partnershipSources.position)),
  ]);
  const sourcesOf = new Map<number, SourceRow[]>();
  for (const { partnershipId, ...source } of sources) {
    const list = sourcesOf.get(partnershipId);
    if (list) list.push(source);
    else sourcesOf.set(partnershipId, [source]);
  }
  return {
    homePlaces,
    partnerPlaces,
    ties: ties.map(({ archivedAt, ...t }) => ({ ...t, archived: archivedAt !== null, sources: sourcesOf.get(t.id) ?? [] })),
  };
}

/** What applying the file would do, without writing anything. Any staff member may look. */
export async function previewImport(file: ImportFile, actor: Actor | null, options: Pick<ImportOptions, "publish"> = {}): Promise<ImportReport> {
  assertRole(actor, "viewer");
  const { table, checks, meta } = await prepare(file);
  const db = await getDb();
  const plan = planImport(checks, await loadWorld(db, checks), { publish: !!options.publish, officePlaceId: actor.officePlaceId });
  return reportOf(meta, table, plan, { outcome: "preview", publish: !!options.publish, tags: [] });
}

/** `base`, or `base-2`, `base-3`…: the first slug not in `taken`, which it joins. */
function freeSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

/** The file's citations as source rows: a citation the tie already has keeps its row (titles and kind staff gave). */
function sourcesFor(citations: string[], existing: SourceRow[]): SourceRow[] {
  const known = new Map(existing.map((s) => [s.citation, s]));
  return citations.map((c) => known.get(c) ?? sourceRow(c, describeKnownSource));
}

const established = (year: number | null) => (year === null ? { establishedOn: null, establishedPrecision: null } : { establishedOn: `${year}-01-01`, establishedPrecision: "year" as const });

/**
 * Applies the file in one transaction: the partner places it needs, then each new or changed partnership, each with
 * its audit entry, then the import's own entry. Rows refused are left out (all-or-nothing: nothing is applied if any
 * is). A file with nothing new or changed writes nothing at all, so applying the same file twice changes nothing.
 */
export async function applyImport(file: ImportFile, actor: Actor | null, options: ImportOptions = {}): Promise<ImportReport> {
  assertRole(actor, "editor");
  const prepared = await prepare(file);
  const db = await getDb();
  return db.transaction((tx) => applyIn(tx, prepared, actor, options));
}

/** The reason an import's publication went without review, as the audit log keeps it: the file it came from. */
const withoutReviewReason = (fileName: string) => `import of ${fileName}`;

async function applyIn(tx: Tx, { table, checks, meta }: Awaited<ReturnType<typeof prepare>>, actor: Actor, options: ImportOptions): Promise<ImportReport> {
  const publish = !!options.publish;
  // Publishing what an import brings skips the review of each record: an administrator's decision, the file its reason.
  if (publish) assertRole(actor, "admin");
  const plan = planImport(checks, await loadWorld(tx, checks), { publish, officePlaceId: actor.officePlaceId });
  const report = (outcome: ImportReport["outcome"], tags: string[]) => reportOf(meta, table, plan, { outcome, publish, tags });
  if (options.expectedPlan !== undefined && planDigestOf(plan) !== options.expectedPlan) throw new ImportPlanChangedError();
  if (options.allOrNothing && plan.counts.refused) return report("not_applied", []);
  if (!plan.counts.new && !plan.counts.changed) return report("applied", []);

  const publication = publish ? "published" : "draft";
  const [placeSlugs, tieSlugs] = await Promise.all([
    tx.select({ slug: places.slug }).from(places).then((rows) => new Set(rows.map((r) => r.slug))),
    tx.select({ slug: partnerships.slug }).from(partnerships).then((rows) => new Set(rows.map((r) => r.slug))),
  ]);
  const total = plan.newPlaces.length + plan.counts.new + plan.counts.changed;
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);

  const created = new Map<string, { id: number; slug: string }>();
  for (const p of plan.newPlaces) {
    const slug = freeSlug(slugify(p.nameEn) || "place", placeSlugs);
    const { id } = await createIn(tx, actor, {
      kind: placeKind,
      publication,
      next: () => ({
        slug,
        nameEn: p.nameEn,
        nameZh: p.nameZh,
        kind: p.kind,
        isHome: false,
        regionEn: p.regionEn,
        regionZh: null,
        countryCode: p.countryCode,
        continent: p.continent,
        latitude: p.latitude,
        longitude: p.longitude,
        population: null,
        descriptionEn: null,
        descriptionZh: null,
        successorEn: null,
        successorZh: null,
      }),
    });
    created.set(p.key, { id, slug });
    progress();
  }

  const tags = new Set<string>(publish ? [publicTags.all] : []);
  const owned = { sources: writeSources, steps: writeSteps };
  for (const r of plan.rows) {
    if (r.class === "new") {
      await createTie(tx, actor, r, created, tieSlugs, publication);
      progress();
    } else if (r.class === "changed") {
      const { row, tie } = r;
      let version = tie.version;
      if (r.differences.some((d) => d.field !== "publication")) {
        const result = await updateIn(tx, actor, {
          kind: partnershipKind,
          id: tie.id,
          version,
          owned,
          next: (before): PartnershipFields => ({
            ...before,
            type: row.type,
            status: row.status ?? before.status,
            // A fuller date of the same year stays as it is.
            ...(before.establishedOn?.slice(0, 4) === String(row.year) ? {} : established(row.year)),
            sources: sourcesFor(row.citations, tie.sources),
          }),
        });
        result.tags.forEach((t) => tags.add(t));
        if (result.changed) version++;
      }
      if (r.differences.some((d) => d.field === "publication")) {
        const result = await setPublicationIn(tx, { kind: "partnership", id: tie.id, version, publication: "published" }, actor, { withoutReview: withoutReviewReason(meta.fileName) });
        result.tags.forEach((t) => tags.add(t));
      }
      progress();
    }
  }
  const { counts } = plan;
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "import",
    after: {
      file: meta.fileName,
      sha256: meta.sha256,
      format: table.format,
      rows: table.rows.length,
      created: counts.new,
      changed: counts.changed,
      unchanged: counts.unchanged,
      refused: counts.refused,
      placesCreated: plan.newPlaces.length,
      publication,
    },
  });
  return report("applied", [...tags].sort());
}

async function createTie(
  tx: Tx,
  actor: Actor | null,
  r: Extract<PlannedRow, { class: "new" }>,
  created: Map<string, { id: number; slug: string }>,
  tieSlugs: Set<string>,
  publication: "draft" | "published",
) {
  const partner = "place" in r.partner ? r.partner.place : created.get(r.partner.create.key)!;
  const slug = freeSlug(`${r.home.slug}-${partner.slug}`, tieSlugs);
  await createIn(tx, actor, {
    kind: partnershipKind,
    publication,
    owned: { sources: writeSources, steps: writeSteps },
    next: (): PartnershipFields => ({
      slug,
      homePlaceId: r.home.id,
      partnerPlaceId: partner.id,
      type: r.row.type,
      status: r.row.status ?? "not_recorded",
      ...established(r.row.year),
      featured: false,
      summaryEn: null,
      summaryZh: null,
      bodyEn: null,
      bodyZh: null,
      sourceNoteEn: null,
      sourceNoteZh: null,
      sources: sourcesFor(r.row.citations, []),
      steps: [],
    }),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The staff page's uploads (/staff/import): the file is kept in the database between its preview and its apply.

/** How long an upload is kept: long enough to preview, check the file and apply it; older ones go at the next upload. */
const uploadKeptForMs = 24 * 60 * 60 * 1000;

export interface ImportUpload {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  uploadedAt: string;
  uploadedByName: string;
  applied: { at: string; byName: string | null; report: StoredImportReport } | null;
}

/**
 * Keeps an uploaded file for its preview, once it reads as an import (a refused file is answered with its
 * ImportFileError and nothing is kept), and removes uploads older than a day. Editors and administrators import.
 */
export async function saveImportUpload(file: ImportFile, actor: Actor | null): Promise<{ id: string }> {
  assertRole(actor, "editor");
  const { meta } = await prepare(file);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.delete(importUploads).where(lt(importUploads.uploadedAt, new Date(Date.now() - uploadKeptForMs)));
    const [row] = await tx
      .insert(importUploads)
      .values({ uploadedBy: actor.id, fileName: meta.fileName, sha256: meta.sha256, bytes: file.bytes })
      .returning({ id: importUploads.id });
    return { id: row!.id };
  });
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The upload with who uploaded and who applied it, in one read; none past its day. `lock`: for the apply. */
async function findUpload(db: Db | Tx, id: string, options: { lock?: boolean } = {}) {
  if (!uuidShape.test(id)) return null;
  const uploader = alias(users, "uploader");
  const applier = alias(users, "applier");
  const query = db
    .select({
      id: importUploads.id,
      fileName: importUploads.fileName,
      sha256: importUploads.sha256,
      bytes: importUploads.bytes,
      uploadedAt: isoTimestamp(importUploads.uploadedAt),
      uploadedByName: uploader.name,
      appliedAt: isoTimestamp(importUploads.appliedAt),
      appliedByName: applier.name,
      report: importUploads.report,
    })
    .from(importUploads)
    .innerJoin(uploader, eq(uploader.id, importUploads.uploadedBy))
    .leftJoin(applier, eq(applier.id, importUploads.appliedBy))
    .where(and(eq(importUploads.id, id), gt(importUploads.uploadedAt, new Date(Date.now() - uploadKeptForMs))));
  const [row] = options.lock ? await query.for("update", { of: importUploads }) : await query;
  return row ?? null;
}

/** An upload and the file's bytes, for its page; null if there is none (or it is past its day). */
export async function getImportUpload({ id }: { id: string }, actor: Actor | null): Promise<(ImportUpload & { file: ImportFile }) | null> {
  assertRole(actor, "editor");
  const db = await getDb();
  const row = await findUpload(db, id);
  if (!row) return null;
  return {
    id: row.id,
    fileName: row.fileName,
    sha256: row.sha256,
    size: row.bytes.length,
    uploadedAt: row.uploadedAt,
    uploadedByName: row.uploadedByName,
    applied: row.appliedAt && row.report ? { at: row.appliedAt, byName: row.appliedByName, report: row.report as unknown as StoredImportReport } : null,
    file: { fileName: row.fileName, bytes: new Uint8Array(row.bytes) },
  };
}

/**
 * Applies an upload as its preview showed it (`expectedPlan`, the preview's planDigest): in one transaction with the
 * upload locked, so it is applied once however many times it is asked (ImportAlreadyAppliedError), and not at all if the
 * records changed and the plan with them (ImportPlanChangedError). The report is kept with the upload for its page.
 */
export async function applyImportUpload(
  { id, publish, allOrNothing, expectedPlan }: { id: string; publish: boolean; allOrNothing: boolean; expectedPlan: string },
  actor: Actor | null,
): Promise<ImportReport> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const upload = await findUpload(tx, id, { lock: true });
    if (!upload) throw new RecordNotFoundError(`No import upload ${id}.`);
    if (upload.appliedAt) throw new ImportAlreadyAppliedError(`Upload ${id} was applied at ${upload.appliedAt}.`);
    const prepared = await prepare({ fileName: upload.fileName, bytes: new Uint8Array(upload.bytes) });
    const report = await applyIn(tx, prepared, actor, { publish, allOrNothing, expectedPlan });
    const { lines: _lines, ...stored } = report;
    if (report.outcome === "applied") {
      await tx
        .update(importUploads)
        .set({ appliedAt: new Date(), appliedBy: actor.id, report: stored as unknown as Record<string, unknown> })
        .where(eq(importUploads.id, id));
    }
    return report;
  });
}
