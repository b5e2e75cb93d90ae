import { findInCauses } from "@/lib/error-chain";
import type { FormResult } from "@/lib/forms";
import { staffText, staffTime } from "@/lib/i18n/staff";
import type { Use } from "./kind";
import type messages from "@/messages/staff.en.json";

/**
 * The refusals a staff change can end in. Each says what the form shows for it, so `attempt` (lib/actions.ts) answers
 * any of them without knowing the list: a new refusal is a new subclass here, and nothing else changes.
 */
export abstract class RecordError extends Error {
  abstract answer(): Omit<FormResult, "ok" | "values">;
}

const messagesText = () => staffText("Messages");

export class ForbiddenError extends RecordError {
  override name = "ForbiddenError";
  answer() {
    return { reason: "forbidden" as const, message: messagesText()("forbidden") };
  }
}

/**
 * A record of another office's ties (lib/records/offices.ts): this account's office may read it, not change it. Or
 * (`result`) a save that would make it another office's: a tie of another city, a record linked to none of the office's ties.
 */
export class OtherOfficeError extends ForbiddenError {
  override name = "OtherOfficeError";
  constructor(readonly which: "record" | "result" = "record") {
    super(which === "record" ? "The record belongs to another office." : "The record would belong to another office.");
  }
  override answer() {
    return { reason: "forbidden" as const, message: messagesText()(this.which === "record" ? "otherOffice" : "otherOfficeResult") };
  }
}

export class RecordNotFoundError extends RecordError {
  override name = "RecordNotFoundError";
  answer() {
    return { reason: "not_found" as const, message: messagesText()("notFound") };
  }
}

/** Someone saved the record after the form was opened: who, and when (ISO time). */
export class ConflictError extends RecordError {
  override name = "ConflictError";
  protected readonly messageKey: "conflict" | "stageConflict" = "conflict";
  constructor(
    readonly by: string | null,
    readonly at: string,
  ) {
    super(`The record was changed by ${by ?? "someone"} at ${at}.`);
  }
  answer(): Omit<FormResult, "ok" | "values"> {
    const t = messagesText();
    const name = this.by ?? t("someoneElse");
    const message = t(this.messageKey, { name, time: staffTime(this.at) });
    // The record's own version moved on: a record form's save (lib/actions.ts) adds the fields where it differs from the form.
    return this.messageKey === "conflict" ? { reason: "conflict", message, conflict: { savedBy: name } } : { reason: "conflict", message };
  }
}

/** Someone moved a partnership to another stage after the form that moves it again was opened. */
export class StageConflictError extends ConflictError {
  override name = "StageConflictError";
  protected override readonly messageKey = "stageConflict";
}

type ValidationKey = keyof (typeof messages)["Validation"];

/** A value the database refuses for a reason that belongs next to one field, in the "Validation" catalogue's words. */
export interface FieldConflict {
  field: string;
  key: ValidationKey;
}

/** Inputs the database refuses for reasons that belong next to their fields (a slug taken, a pair that exists): all of them. */
export class FieldConflictError extends RecordError {
  override name = "FieldConflictError";
  readonly conflicts: FieldConflict[];
  constructor(field: string, key: ValidationKey);
  constructor(conflicts: FieldConflict[]);
  constructor(fieldOrConflicts: string | FieldConflict[], key?: ValidationKey) {
    const conflicts = typeof fieldOrConflicts === "string" ? [{ field: fieldOrConflicts, key: key! }] : fieldOrConflicts;
    super(conflicts.map((c) => `${c.field}: ${c.key}`).join("; "));
    this.conflicts = conflicts;
  }
  answer() {
    return { reason: "invalid" as const, message: messagesText()("invalid"), fieldErrors: conflictErrors(this.conflicts) };
  }
}

/** Field conflicts as a form's field errors, in the catalogue's words. */
export function conflictErrors(conflicts: FieldConflict[]): Record<string, string[]> {
  const t = staffText("Validation");
  const out: Record<string, string[]> = {};
  for (const { field, key } of conflicts) {
    const text = t(key, { min: 0, max: 0 });
    const list = (out[field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return out;
}

/** Refuses the change with every conflict found, if there is any. */
export function refuseConflicts(conflicts: FieldConflict[]): void {
  if (conflicts.length) throw new FieldConflictError(conflicts);
}

/** A record that others depend on and so can't be deleted: what uses it. */
export class RecordInUseError extends RecordError {
  override name = "RecordInUseError";
  constructor(readonly uses: Use[]) {
    super(`In use by ${uses.length} record(s).`);
  }
  answer() {
    const list = this.uses.slice(0, 5).map((u) => u.label).join("; ") + (this.uses.length > 5 ? "; …" : "");
    return { reason: "failed" as const, message: messagesText()("inUse", { count: this.uses.length, list }) };
  }
}

/** A change that the record's state does not allow (publishing an archived record, deleting a published one). */
export class StateError extends RecordError {
  override name = "StateError";
  constructor(readonly state: "archived" | "published") {
    super(state);
  }
  answer() {
    return { reason: "failed" as const, message: messagesText()(this.state) };
  }
}

/** A change to what the public sees, asked for without a review: it goes through one (or an administrator's reason). */
export class ReviewNeededError extends RecordError {
  override name = "ReviewNeededError";
  answer() {
    return { reason: "failed" as const, message: staffText("Review")("needed") };
  }
}

/** A review step the review's state or its author does not allow: approving one's own work, or a review no longer open. */
export class ReviewStateError extends RecordError {
  override name = "ReviewStateError";
  constructor(readonly problem: "ownWork" | "notSubmitted" | "notOpen" | "notAuthor" | "scheduled" | "notScheduled" | "notFuture" | "proposalInvalid") {
    super(problem);
  }
  answer() {
    return { reason: "failed" as const, message: staffText("Review")(`refused.${this.problem}`) };
  }
}

/** A change that would leave the office without an active administrator. */
export class LastAdminError extends RecordError {
  override name = "LastAdminError";
  answer() {
    return { reason: "failed" as const, message: messagesText()("lastAdmin") };
  }
}

/** An export of a list longer than an export may be (exportRowLimit, lib/records/lists.ts): refused whole. */
export class TooManyRowsError extends Error {
  override name = "TooManyRowsError";
  constructor(
    readonly total: number,
    readonly limit: number,
  ) {
    super(
      `This list has ${total.toLocaleString("en")} records; an export holds at most ${limit.toLocaleString("en")}. Narrow it with a search or the filters, and export each part.`,
    );
  }
}

/** A unique-constraint violation's constraint name, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  // postgres.js puts the SQLSTATE on the error, PGlite likewise; drizzle may wrap it in `cause`.
  const found = findInCauses(error, (e) => {
    const { code, constraint_name, constraint } = e as { code?: string; constraint_name?: string; constraint?: string };
    return code === "23505" ? { name: constraint_name ?? constraint ?? "" } : undefined;
  });
  return found ? found.name : null;
}

/** A unique constraint's violation as the field error it means (the slug, the pair of places), else the error as it is. */
export function uniqueAsFieldError(error: unknown, fields: Record<string, FieldConflictError> & { default: FieldConflictError }): never {
  const constraint = uniqueViolation(error);
  if (constraint !== null) throw fields[constraint] ?? fields.default;
  throw error;
}
