import "server-only";
import { updateTag } from "next/cache";
import { MissingChineseError } from "@/lib/records/translations";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Access } from "@/lib/auth/roles";
import { conflictErrors, RecordError, refuseConflicts, type FieldConflict } from "@/lib/records/errors";
import { conflictFields } from "@/lib/records/conflict-values";
import { isPublished, proposeChange, proposedValues, shownValues, submitForReview } from "@/lib/records/review";
import { firstVersion } from "@/lib/records/versions";
import type { Actor } from "@/lib/records/actor";
import { noteDatabaseError } from "@/lib/data/health";
import { findInCauses } from "@/lib/error-chain";
import { formToObject, formValues, type FormResult, type FormValues } from "@/lib/forms";
import { staffText } from "@/lib/i18n/staff";
import { staffHref, type RecordKind } from "@/lib/kinds";
import { fieldErrorsOf } from "@/lib/validation/errors";
import { idField } from "@/lib/validation/fields";

/**
 * What the staff area's server actions share between their first line (the access check) and their last (the
 * redirect): reading the form, turning the data layer's refusals into the form's messages, and revalidating the
 * public pages a change touched.
 */

/** The answer to a request whose session has ended or whose role may not make the change. Input is kept. */
export function refused(access: Exclude<Access<unknown>, { ok: true }>, formData?: FormData, options: { multi?: string[] } = {}): FormResult {
  const t = staffText("Messages");
  return {
    ok: false,
    reason: access.reason,
    message: t(access.reason === "signed_out" ? "signedOut" : access.reason === "unavailable" ? "unavailable" : "forbidden"),
    ...(formData ? { values: formValues(formData, options) } : {}),
  };
}

/** Parses a form with its schema; on failure, the field errors in the catalogue's words and the input kept. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  options: { multi?: string[] } = {},
): { ok: true; data: z.output<S> } | { ok: false; result: FormResult } {
  const parsed = schema.safeParse(formToObject(formData, options));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    result: {
      ok: false,
      reason: "invalid",
      message: staffText("Messages")("invalid"),
      fieldErrors: fieldErrorsOf(parsed.error),
      values: formValues(formData, options),
    },
  };
}

/**
 * A value the database refuses (SQLSTATE class 22, a data exception such as a NUL byte in text; class 23, an
 * integrity violation) that validation let through: the database's last word, answered as such, not a crash.
 */
function refusedByDatabase(error: unknown): boolean {
  return !!findInCauses(error, (e) => {
    const code = (e as { code?: unknown }).code;
    return typeof code === "string" && /^2[23]/.test(code);
  });
}

/**
 * Runs a data-layer change and answers its known refusals as a form result, keeping the input. Anything else is a
 * real fault and propagates (to the error page and the server log).
 */
export async function attempt<T>(
  change: () => Promise<T>,
  formData: FormData,
  options: { multi?: string[] } = {},
): Promise<{ ok: true; value: T } | { ok: false; result: FormResult }> {
  const t = staffText("Messages");
  const values = formValues(formData, options);
  const fail = (result: Omit<FormResult, "ok" | "values">) => ({ ok: false as const, result: { ok: false, values, ...result } });
  try {
    return { ok: true, value: await change() };
  } catch (error) {
    if (error instanceof RecordError) return fail(error.answer());
    // The database went away: its transaction never committed, so nothing was written.
    if (noteDatabaseError(error)) return fail({ reason: "unavailable", message: t("unavailable") });
    if (refusedByDatabase(error)) {
      console.warn(`[amity] a change was refused by the database: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return fail({ reason: "failed", message: t("refused") });
    }
    throw error;
  }
}

/** A form's values as a proposed version keeps them: everything typed, without the record's id and version. */
function proposalValues(formData: FormData, options: { multi?: string[] }): FormValues {
  const { id: _id, version: _version, ...values } = formValues(formData, options);
  return values;
}

/** Expires the public pages a change touched, so the next request shows it (read-your-own-writes, see updateTag). */
export function revalidatePublic(tags: string[]): void {
  for (const tag of tags) updateTag(tag);
}

export const staffNotices = ["created", "createdAndSubmitted", "createdNotSubmitted", "createdMissingChinese", "accountCreated", "saved", "unchanged", "published", "unpublished", "archived", "restored", "deleted", "unlocked", "imported", "languageSaved", "submitted", "approved", "sentBack", "withdrawn", "changeSubmitted", "scheduled", "rescheduled", "unscheduled", "reminderDone", "attachmentAdded", "attachmentSaved", "attachmentRemoved"] as const;
export type StaffNotice = (typeof staffNotices)[number];

/** Where to go after a change: the record's page (or list), saying what happened. */
export function withNotice(path: string, notice: StaffNotice): string {
  return `${path}${path.includes("?") ? "&" : "?"}notice=${notice}`;
}

/** How a kind's form is saved: its schemas (the edit one adds id and version) and its data layer's create and update. */
export interface RecordForms<S extends z.ZodType, E extends z.ZodType<{ id: number; version: number }>, U> {
  kind: RecordKind;
  schema: S;
  editSchema: E;
  create: (change: { input: z.output<S> }, actor: U) => Promise<{ id: number; tags: string[] }>;
  update: (change: { id: number; version: number; input: Omit<z.output<E>, "id" | "version"> }, actor: U) => Promise<{ id: number; changed: boolean; tags: string[] }>;
  /** Fields sent once per chosen value (a multi-select). */
  multi?: string[];
  /** A record's values as its form shows them (null when it is gone): a conflict's answer compares them with what was sent. */
  formValues?: (id: number) => Promise<FormValues | null>;
  /** Fields a form sends that are asked of each save and not kept with the record (an agreement's new stage for its partnership). */
  transient?: readonly string[];
  /**
   * What the database refuses in the input beyond its schema (a pair of places or an address taken, a partnership
   * that no longer exists), given the fields that parsed and the record's id (null for a new one). Asked when other
   * fields fail, so that every error comes in one answer; the save checks again in its transaction.
   */
  conflicts?: (change: { id: number | null; input: Partial<z.output<S>> }) => Promise<FieldConflict[]>;
}

/** Each top-level field of an object schema that parses on its own: what a form got right while other fields failed. */
export function fieldsThatParse(schema: z.ZodType, input: Record<string, unknown>): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) return {};
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const parsed = field.safeParse(input[name]);
    if (parsed.success) out[name] = parsed.data;
  }
  return out;
}

/** Field errors in the order of the schema's fields (the order of the form, near enough), a row's by row. */
function inFieldOrder(fieldErrors: Record<string, string[] | undefined>, schema: z.ZodType): Record<string, string[] | undefined> {
  const names = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
  const rank = (key: string) => {
    const i = names.indexOf(key.split(".")[0]!);
    return i < 0 ? names.length : i;
  };
  return Object.fromEntries(Object.entries(fieldErrors).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * A refused form's result with the database's refusals added, each to a field that has no error of its own yet, and
 * its errors in the form's order (the error summary lists them so).
 */
async function withConflicts<S extends z.ZodType, E extends z.ZodType<{ id: number; version: number }>, U>(
  result: FormResult,
  formData: FormData,
  forms: RecordForms<S, E, U>,
  mode: "create" | "update",
): Promise<FormResult> {
  return withFieldConflicts(result, await conflictsOf(formData, forms, mode), forms.schema);
}

/** A refused form's result with the database's refusals added, each to a field without an error of its own, in the schema's order. */
export function withFieldConflicts(result: FormResult, conflicts: FieldConflict[], schema: z.ZodType): FormResult {
  const fieldErrors = { ...result.fieldErrors };
  for (const [field, texts] of Object.entries(conflictErrors(conflicts))) fieldErrors[field] ??= texts;
  return { ...result, fieldErrors: inFieldOrder(fieldErrors, schema) };
}

/** The kind's conflicts for the fields of a refused form that parsed; none when they can't be asked. */
async function conflictsOf<S extends z.ZodType, E extends z.ZodType<{ id: number; version: number }>, U>(
  formData: FormData,
  forms: RecordForms<S, E, U>,
  mode: "create" | "update",
): Promise<FieldConflict[]> {
  if (!forms.conflicts) return [];
  const input = formToObject(formData, { multi: forms.multi });
  const id = mode === "update" ? idField.safeParse(input.id) : null;
  if (id && !id.success) return [];
  try {
    return await forms.conflicts({ id: id ? id.data : null, input: fieldsThatParse(forms.schema, input) as Partial<z.output<S>> });
  } catch (error) {
    // The form's own errors are the answer still, and the save asks the database again anyway.
    if (!noteDatabaseError(error)) console.warn(`[amity] a form's conflicts could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/**
 * The rest of a record form's action once its first line has checked the session and role: refuse if that check
 * failed, parse the form with the kind's schema, make the change, revalidate what the public sees, and go to the
 * record's page saying what happened. Input is kept on every refusal.
 */
export async function saveRecord<S extends z.ZodType, E extends z.ZodType<{ id: number; version: number }>, U>(
  access: Access<U>,
  formData: FormData,
  forms: RecordForms<S, E, U>,
  mode: "create" | "update",
): Promise<FormResult> {
  const options = { multi: forms.multi };
  if (!access.ok) return refused(access, formData, options);
  const parsed = parseForm(mode === "create" ? forms.schema : forms.editSchema, formData, options);
  if (!parsed.ok) return withConflicts(parsed.result, formData, forms, mode);
  const outcome = await attempt(async (): Promise<{ id: number; tags: string[]; changed?: boolean; proposed?: boolean }> => {
    if (mode === "create") return forms.create({ input: parsed.data as z.output<S> }, access.user);
    const { id, version, ...input } = parsed.data as z.output<E>;
    // A published record's edit is its next version, which waits for a second person's review (lib/records/review.ts).
    if (await isPublished(forms.kind, id)) {
      refuseConflicts((await forms.conflicts?.({ id, input: input as Partial<z.output<S>> })) ?? []);
      await proposeChange({ kind: forms.kind, id, version, values: proposalValues(formData, options) }, access.user as Actor);
      return { id, tags: [], proposed: true };
    }
    return forms.update({ id, version, input }, access.user);
  }, formData, options);
  if (!outcome.ok) return mode === "update" ? withConflictFields(outcome.result, formData, forms) : outcome.result;
  const { id, tags, changed, proposed } = outcome.value;
  // A new record is a draft, but a change it makes to another (a partnership's stage) may be public already.
  revalidatePublic(tags);
  if (mode === "create" && formData.get("intent") === "submit") redirect(withNotice(staffHref(forms.kind, id), await submitCreated(forms.kind, id, access.user as Actor)));
  redirect(withNotice(staffHref(forms.kind, id), proposed ? "changeSubmitted" : changed === undefined ? "created" : changed ? "saved" : "unchanged"));
}

/**
 * "Create and submit for review": the record just created, submitted for its publication as its page's button would
 * (the same checks: an editor's, on the version they made). The record exists whatever happens here, so a refusal,
 * or even a fault, leaves it a draft and says so on its page rather than answering as if nothing had been saved.
 */
async function submitCreated(kind: RecordKind, id: number, actor: Actor): Promise<StaffNotice> {
  try {
    await submitForReview({ kind, id, version: firstVersion, operation: "publish" }, actor);
    return "createdAndSubmitted";
  } catch (error) {
    // Lacking Chinese, it waits for the author's choice on its page (where the missing texts are listed).
    if (error instanceof MissingChineseError) return "createdMissingChinese";
    if (!(error instanceof RecordError) && !noteDatabaseError(error)) console.error("[amity] a new record could not be submitted for review:", error);
    return "createdNotSubmitted";
  }
}

/**
 * A conflict's answer with what the record holds now beside what was sent, field by field, in words: so the person
 * whose save was refused sees what the other saved, and keeps what they typed. Without it when it can't be read.
 */
async function withConflictFields<S extends z.ZodType, E extends z.ZodType<{ id: number; version: number }>, U>(
  result: FormResult,
  formData: FormData,
  forms: RecordForms<S, E, U>,
): Promise<FormResult> {
  const id = idField.safeParse(formData.get("id"));
  if (!result.conflict || !forms.formValues || !id.success) return result;
  try {
    const record = await forms.formValues(id.data);
    if (!record) return result;
    // What the record's page shows now: a change waiting for review, else the record.
    const current = shownValues({ ...record, id: String(id.data), version: "" }, await proposedValues({ kind: forms.kind, id: id.data }));
    const sent = formValues(formData, { multi: forms.multi });
    const fields = await conflictFields({ kind: forms.kind, sent, current, schema: forms.schema, transient: forms.transient });
    return { ...result, conflict: { ...result.conflict, fields } };
  } catch (error) {
    // The conflict's message and the link to the current version are the answer still.
    if (!noteDatabaseError(error)) console.warn(`[amity] a conflict's values could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return result;
  }
}
