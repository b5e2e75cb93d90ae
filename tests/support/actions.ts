import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import { initialFormResult, type FormResult } from "@/lib/forms";

/**
 * Calling server actions directly, as a POST from any client could: the session is whatever the test says (the
 * account is still checked against the database on every call, as in production), and the cache tags an action
 * expires are recorded. The suites of the "actions" project (vitest.config.mts) have "@/lib/auth" and "next/cache"
 * routed here by their setup file, ./mock-server-runtime.ts.
 */
export const harness = { session: null as { uid: number; sv: number } | null, tags: [] as string[] };

export const authModule = {
  auth: async () => harness.session,
  signIn: async () => {
    throw new Error("signIn is not part of these tests");
  },
  signOut: async () => {},
  handlers: {},
};

export const cacheModule = {
  updateTag: (tag: string) => void harness.tags.push(tag),
  revalidateTag: (tag: string) => void harness.tags.push(tag),
  revalidatePath: () => {},
  refresh: () => {},
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

/** Acts as this account from now on (null: no session at all), with the session version it has now. */
export async function actAs(db: Db, email: string | null): Promise<{ id: number; name: string; officePlaceId: number | null } | null> {
  if (!email) {
    harness.session = null;
    return null;
  }
  const [row] = rowsOf<{ id: number; name: string; session_version: number; office_place_id: number | null }>(
    await db.execute(sql`select id, name, session_version, office_place_id from users where lower(email) = lower(${email})`),
  );
  if (!row) throw new Error(`No account ${email}`);
  harness.session = { uid: row.id, sv: row.session_version };
  return { id: row.id, name: row.name, officePlaceId: row.office_place_id };
}

export function formData(fields: Record<string, string | string[] | File | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

export type Outcome = { redirect: string; result?: undefined } | { result: FormResult; redirect?: undefined };

type Action = (previous: FormResult, data: FormData) => Promise<FormResult | void>;

/** Runs an action as a form post would: its answer, or where it redirected to. */
export async function submit(action: Action, fields: Record<string, string | string[] | File | undefined>): Promise<Outcome> {
  harness.tags = [];
  try {
    const result = await action(initialFormResult, formData(fields));
    return { result: result ?? { ok: true } };
  } catch (error) {
    // redirect() ends an action by throwing; its digest is "NEXT_REDIRECT;<type>;<url>;<status>;".
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

/**
 * A change to what the public sees made as the office makes it: `author` submits it for review, the demo's second
 * editor approves it, and the session is the author's again. The approval's outcome (its redirect and tags).
 * `acceptEnglish`: both tick "Publish with the English text marked as English", which a record that lacks Chinese needs.
 */
export async function reviewed(
  db: Db,
  target: { kind: string; id: number; version: number; operation: "publish" | "unpublish" | "archive"; acceptEnglish?: boolean },
  author = "editor@example.org",
): Promise<Outcome> {
  const { recordLifecycleAction } = await import("@/app/(staff)/staff/record-actions");
  const fields = { kind: target.kind, id: String(target.id), version: String(target.version), ...(target.acceptEnglish ? { acceptEnglish: "on" } : {}) };
  await actAs(db, author);
  const submitted = await submit(recordLifecycleAction, { ...fields, operation: `submit.${target.operation}` });
  if (!submitted.redirect) return submitted;
  await actAs(db, "reviewer@example.org");
  const approved = await submit(recordLifecycleAction, { ...fields, operation: "approve" });
  await actAs(db, author);
  return approved;
}

/**
 * The demo's second editor approves the change waiting for review on a record (a proposed edit of a published one,
 * or a submission), and the session is `author`'s again. The approval's outcome (its redirect and tags).
 */
export async function approve(db: Db, target: { kind: string; id: number }, author = "editor@example.org"): Promise<Outcome> {
  const { recordLifecycleAction } = await import("@/app/(staff)/staff/record-actions");
  const [row] = rowsOf<{ version: number }>(await db.execute(sql`select version from ${sql.identifier(`${target.kind}s`)} where id = ${target.id}`));
  await actAs(db, "reviewer@example.org");
  const approved = await submit(recordLifecycleAction, { kind: target.kind, id: String(target.id), version: String(row!.version), operation: "approve" });
  await actAs(db, author);
  return approved;
}

/** A fingerprint of every table's rows: equal before and after means nothing at all changed. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // Every table the migrations made (a new kind's too), not a list that could fall behind.
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`),
  ).map((t) => t.name);
  for (const table of tables) {
    const [row] = rowsOf<{ digest: string | null; n: number }>(
      await db.execute(sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest, count(*)::int as n from "${table}" t`)),
    );
    out[table] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

/** The audit entries written since `afterId`, oldest first. */
export async function auditSince(db: Db, afterId: number) {
  return rowsOf<{ id: number; action: string; entity_type: string; entity_id: number | null; actor_id: number | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    await db.execute(sql`select id, action, entity_type, entity_id, actor_id, before, after from audit_log where id > ${afterId} order by id`),
  ).map((r) => ({ ...r, id: Number(r.id) }));
}

export async function lastAuditId(db: Db): Promise<number> {
  const [row] = rowsOf<{ id: number | null }>(await db.execute(sql`select max(id) as id from audit_log`));
  return Number(row?.id ?? 0);
}

/** One value from the database, for finding ids and versions the way a form would carry them. */
export async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = rowsOf<T>(await db.execute(query));
  if (!row) throw new Error("no row");
  return row;
}
