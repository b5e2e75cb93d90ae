"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, revalidatePublic, withNotice, type StaffNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { recordKinds, staffHref } from "@/lib/kinds";
import { archiveDraft, deleteRecord, restoreRecord, type PublicOperation } from "@/lib/records/lifecycle";
import { approveReview, cancelSchedule, changeWithoutReview, rescheduleReview, sendBackReview, submitForReview, withdrawReview } from "@/lib/records/review";
import { officeTimeZone } from "@/lib/office-clock";
import { zonedTimeToUtc } from "@/lib/calendar";
import type { FormResult } from "@/lib/forms";
import { checkbox, enumField, idField, requiredText, versionField } from "@/lib/validation/fields";

/**
 * What a record's page can do to it besides editing, each a button: submit a change to what the public sees for
 * review (publish, unpublish, archive a published record), approve it or send it back (another person), withdraw it
 * (its author), make it at once without review (an administrator, with a reason), and archive a draft, restore an
 * archived record or delete a draft (no review: nothing public changes).
 */
const operations = [
  "submit.publish",
  "submit.unpublish",
  "submit.archive",
  "approve",
  "reschedule",
  "unschedule",
  "sendBack",
  "withdraw",
  "withoutReview.publish",
  "withoutReview.unpublish",
  "withoutReview.archive",
  "withoutReview.change",
  "archive",
  "restore",
  "delete",
] as const;

/** acceptEnglish: a publication of a record that lacks Chinese lets its English stand in (lib/records/translations.ts). */
const target = { kind: enumField(recordKinds), id: idField, version: versionField, acceptEnglish: checkbox };

/**
 * A moment typed in the office's time zone, as a datetime-local field sends it ("2027-05-10T14:30", seconds allowed):
 * the instant it is. Whether it is still to come is the data layer's check (approveReview), against its own clock.
 */
const officeMoment = z
  .string()
  .trim()
  .refine(isCalendarMoment, { error: "dateTime" })
  .transform((value) => {
    const [date, time] = value.split("T") as [string, string];
    const seconds = Number(time.split(":")[2] ?? 0);
    return new Date(zonedTimeToUtc(date, time.slice(0, 5), officeTimeZone).getTime() + seconds * 1000);
  });

/** "YYYY-MM-DDTHH:MM[:SS]" naming a real day and time (not 31 February, not 24:00). */
function isCalendarMoment(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The form's fields: a comment is needed to send back, a reason to go without review (each only then), a time to reschedule. */
const lifecycleSchema = z.discriminatedUnion("operation", [
  z.object({ ...target, operation: z.literal("sendBack"), comment: requiredText(2000) }),
  z.object({ ...target, operation: z.literal("approve"), publishAt: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), officeMoment.optional()) }),
  z.object({ ...target, operation: z.literal("reschedule"), publishAt: officeMoment }),
  z.object({ ...target, operation: z.enum(["withoutReview.publish", "withoutReview.unpublish", "withoutReview.archive", "withoutReview.change"]), reason: requiredText(500) }),
  z.object({ ...target, operation: z.enum(operations.filter((o) => !["sendBack", "approve", "reschedule"].includes(o) && !o.startsWith("withoutReview.")) as [string, ...string[]]) }),
]);

const operationField = z.object({ operation: enumField(operations) });

const noticeOf = (operation: (typeof operations)[number], changed: boolean, scheduled: boolean): StaffNotice => {
  if (operation.startsWith("submit.")) return "submitted";
  if (!changed) return "unchanged";
  switch (operation) {
    case "approve":
      return scheduled ? "scheduled" : "approved";
    case "reschedule":
      return "rescheduled";
    case "unschedule":
      return "unscheduled";
    case "sendBack":
      return "sentBack";
    case "withdraw":
      return "withdrawn";
    case "withoutReview.publish":
    case "withoutReview.change":
      return "published";
    case "withoutReview.unpublish":
      return "unpublished";
    case "withoutReview.archive":
    case "archive":
      return "archived";
    case "restore":
      return "restored";
    default:
      return "deleted";
  }
};

export async function recordLifecycleAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  // The button pressed decides which fields are needed: an unknown one is refused before anything else.
  const which = parseForm(operationField, formData);
  if (!which.ok) return which.result;
  const parsed = parseForm(lifecycleSchema, formData);
  if (!parsed.ok) return parsed.result;
  const data = parsed.data;
  const operation = which.data.operation;
  const { kind, id, version, acceptEnglish } = data;
  const at = { kind, id, version };
  const [step, change] = operation.split(".") as [string, (PublicOperation | "change") | undefined];
  const outcome = await attempt(() => {
    switch (step) {
      case "submit":
        return submitForReview({ ...at, acceptEnglish, operation: change as PublicOperation }, access.user);
      case "approve":
        return approveReview({ ...at, acceptEnglish }, access.user, { publishAt: (data as { publishAt?: Date }).publishAt });
      case "reschedule":
        return rescheduleReview({ ...at, publishAt: (data as { publishAt: Date }).publishAt }, access.user);
      case "unschedule":
        return cancelSchedule(at, access.user);
      case "sendBack":
        return sendBackReview({ ...at, comment: (data as { comment: string }).comment }, access.user);
      case "withdraw":
        return withdrawReview(at, access.user);
      case "withoutReview":
        return changeWithoutReview({ ...at, acceptEnglish, operation: change!, reason: (data as { reason: string }).reason }, access.user);
      case "archive":
        return archiveDraft(at, access.user);
      case "restore":
        return restoreRecord(at, access.user);
      default:
        return deleteRecord(at, access.user);
    }
  }, formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(operation === "delete" ? staffHref(kind) : staffHref(kind, id), noticeOf(operation, outcome.value.changed, !!(data as { publishAt?: Date }).publishAt)));
}
