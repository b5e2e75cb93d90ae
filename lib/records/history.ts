import "server-only";
import { and, desc, eq, gte, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { auditLog, users, type AuditAction } from "@/db/schema";
import { isoTimestamp } from "@/lib/data/sql";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { kinds, type RecordKind } from "@/lib/kinds";
import { RecordError } from "./errors";
import { comparable } from "./versions";
import { referencesIn, type FieldReadings, type KindWords, type Names, type State } from "./history-words";

/**
 * A record's versions, rebuilt from the audit log. The log holds a whole snapshot only where a record was created
 * through the staff pages (seeded and older records have no creation entry), but every edit's changed fields before
 * and after. So a version is rebuilt backwards, from the record as it is now: undoing each later edit (its `before`)
 * always works, whatever the log holds of the record's beginning.
 */

/** What the rebuilding reads of an audit entry. */
export interface Step {
  id: number;
  action: AuditAction | string;
  before: State | null;
  after: State | null;
}

/** A value as the audit log's JSON holds it (a Date as its ISO text), so that versions compare as the log does. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/**
 * The record as it was just before and just after each entry, by the entry's id, rebuilt backwards from `current` (its
 * snapshot now) by undoing the entries from the newest: an edit's `before` puts back the values it changed. Fields the
 * record no longer has, and fields of no snapshot (publication, archiving), are left alone. Before its creation a
 * record has no state (null); entries older than a creation are not rebuilt.
 */
export function rebuildVersions(current: State, steps: readonly Step[]): Map<number, { before: State | null; after: State }> {
  const out = new Map<number, { before: State | null; after: State }>();
  let state: State = asJson(current);
  for (const step of [...steps].sort((a, b) => b.id - a.id)) {
    const after = state;
    if (step.action === "create") {
      out.set(step.id, { before: null, after });
      break;
    }
    const undone = { ...after };
    for (const [key, value] of Object.entries(step.before ?? {})) if (key in undone) undone[key] = asJson(value);
    out.set(step.id, { before: undone, after });
    state = undone;
  }
  return out;
}

/** Whether an entry made a version of the record's values (a creation, or an edit of its fields), not only a lifecycle change. */
export function isVersion(step: Step, current: State): boolean {
  return step.action === "create" || (step.action === "update" && Object.keys(step.before ?? {}).some((key) => key in current));
}

/** Whether two versions hold the same values. */
export const sameValues = (a: State, b: State) => comparable(a) === comparable(b);

/** An entry of a record's history with the record as it was around it. */
export interface VersionEntry extends Step {
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  states: { before: State | null; after: State } | null;
  /** A version of the record's values (see isVersion) … */
  version: boolean;
  /** … and holding the values the record has now. */
  current: boolean;
}

export interface RecordVersions {
  current: State;
  /** Newest first. */
  entries: VersionEntry[];
  /** What reading the values needs: the kind's labels, its readings, and the names of what the versions refer to. */
  words: KindWords;
}

const entryColumns = {
  id: auditLog.id,
  at: isoTimestamp(auditLog.at),
  actorName: users.name,
  actorEmail: auditLog.actorEmail,
  action: auditLog.action,
  before: auditLog.before,
  after: auditLog.after,
};

/** The names of the records that versions refer to (a partnership's places, an event's partnerships), archived or not. */
async function namesOf(db: Db, refs: Record<string, number[]>): Promise<Names> {
  const names: Names = {};
  await Promise.all(
    Object.entries(refs).map(async ([kind, ids]) => {
      if (!ids.length || !(kind in kinds)) return;
      const { table, title } = kinds[kind as RecordKind];
      const rows = (await db.select({ id: table.id, title }).from(table).where(inArray(table.id, ids))) as { id: number; title: string }[];
      names[kind] = Object.fromEntries(rows.map((r) => [r.id, r.title]));
    }),
  );
  return names;
}

/**
 * A record's history with its versions: its newest `limit` entries, or (`from`) every entry from that one on, each with
 * the record as it was before and after it, and the names its values refer to.
 */
export async function readRecordVersions({ kind, id, from, limit = 100 }: { kind: RecordKind; id: number; from?: number; limit?: number }): Promise<RecordVersions> {
  const db = await getDb();
  const definition = kinds[kind];
  const [current, rows] = await Promise.all([
    definition.snapshot(db, id).then((s) => asJson(s as State)),
    db
      .select(entryColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, kind), eq(auditLog.entityId, id), from === undefined ? undefined : gte(auditLog.id, from)))
      // The id, not the time: a transaction's time is when it began, its entry's id when it wrote, after the row's lock.
      .orderBy(desc(auditLog.id))
      .limit(from === undefined ? limit : 100_000),
  ]);
  const states = rebuildVersions(current, rows);
  const entries = rows.map((row) => {
    const around = states.get(row.id) ?? null;
    const version = isVersion(row, current);
    return { ...row, states: around, version, current: version && !!around && sameValues(around.after, current) };
  });
  const reads = (definition.reads ?? {}) as FieldReadings;
  const all = [current, ...entries.flatMap((e) => (e.states ? [e.states.after, ...(e.states.before ? [e.states.before] : [])] : []))];
  const names = await namesOf(db, referencesIn(all, reads));
  const common = staffText("Common");
  // Lifecycle entries change these; not every kind labels them.
  const labels = {
    publication: common("publication"),
    archivedAt: common("archived"),
    ...(staffMessages.Review.fields as Record<string, string>),
    ...(staffMessages[definition.messages].fields as Record<string, string>),
  };
  return { current, entries, words: { labels, reads, names } };
}

/** A version that is not one of this record's (another record's entry, a lifecycle change, or none at all). */
export class VersionNotFoundError extends RecordError {
  override name = "VersionNotFoundError";
  answer() {
    return { reason: "not_found" as const, message: staffText("History")("versionNotFound") };
  }
}

/**
 * One version of a record beside the record now: the one the entry `auditId` made, or (`before`) the one it changed,
 * which is how a record's earliest version is known when no entry made it (a seeded one); null if there is none.
 */
export async function readRecordVersion({ kind, id, auditId, before = false }: { kind: RecordKind; id: number; auditId: number; before?: boolean }): Promise<{
  entry: VersionEntry;
  state: State;
  current: State;
  words: KindWords;
} | null> {
  const versions = await readRecordVersions({ kind, id, from: auditId });
  const entry = versions.entries.find((e) => e.id === auditId);
  const state = before ? entry?.states?.before : entry?.version ? entry.states?.after : null;
  if (!entry || !state) return null;
  return { entry, state, current: versions.current, words: versions.words };
}
