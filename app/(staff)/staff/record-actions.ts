"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, revalidatePublic, withNotice, type StaffNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { recordKinds, staffHref } from "@/lib/kinds";
import { archiveDraft, deleteRecord, restoreRecord, type PublicOperation } from "@/lib/records/lifecycle";
import { approveReview, changeWithoutReview, sendBackReview, submitForReview, withdrawReview } from "@/lib/records/review";
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

/** The form's fields: a comment is needed to send back, a reason to go without review (each only then). */
const lifecycleSchema = z.discriminatedUnion("operation", [
  z.object({ ...target, operation: z.literal("sendBack"), comment: requiredText(2000) }),
  z.object({ ...target, operation: z.enum(["withoutReview.publish", "withoutReview.unpublish", "withoutReview.archive", "withoutReview.change"]), reason: requiredText(500) }),
  z.object({ ...target, operation: z.enum(operations.filter((o) => o !== "sendBack" && !o.startsWith("withoutReview.")) as [string, ...string[]]) }),
]);

const operationField = z.object({ operation: enumField(operations) });

const noticeOf = (operation: (typeof operations)[number], changed: boolean): StaffNotice => {
  if (operation.startsWith("submit.")) return "submitted";
  if (!changed) return "unchanged";
  switch (operation) {
    case "approve":
      return "approved";
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
        return approveReview({ ...at, acceptEnglish }, access.user);
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
  redirect(withNotice(operation === "delete" ? staffHref(kind) : staffHref(kind, id), noticeOf(operation, outcome.value.changed)));
}
