"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult, type FormResult } from "@/lib/forms";
import type { RecordKind } from "@/lib/kinds";
import type { ReviewOperation } from "@/lib/enums";
import { EnglishChoice } from "./english-choice";
import { FormStatus } from "./form-status";

/** A record's open review as its page shows it (lib/records/review.ts), its times already in words. */
export interface ReviewShown {
  operation: ReviewOperation;
  state: "submitted" | "sent_back" | "scheduled";
  mine: boolean;
  submittedBy: string | null;
  submittedAt: string;
  reviewer: string | null;
  reviewedAt: string | null;
  comment: string | null;
  /** A scheduled review's time, in words, and as the time field holds it (the office's wall clock). */
  publishAt: string | null;
  publishAtInput: string | null;
}

type Target = { kind: RecordKind; id: number; version: number };

function Hidden({ kind, id, version }: Target) {
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** One of the page's small forms: its own answer above its buttons. */
function useLifecycleForm(): [FormResult, (formData: FormData) => void] {
  const [state, action] = useActionState(recordLifecycleAction, initialFormResult);
  return [state, action];
}

const fieldError = (state: FormResult, name: string) => (state.ok ? undefined : state.fieldErrors?.[name]?.[0]);

/**
 * What can be done to a record besides editing it. A change to what the public sees (publishing, unpublishing or
 * archiving a published record) is submitted for a second person's review; the page then shows the review: to its
 * author, a way to withdraw it; to anyone else who edits, Approve and Send back (with a comment). Sent back, the
 * comment is shown and the author submits again. An administrator may make the change at once, giving a reason.
 * Archiving a draft, restoring and deleting a draft need no review. Delete is offered only where it loses nothing.
 */
export function RecordActions({
  kind,
  id,
  version,
  publication,
  archived,
  deletable,
  review,
  isAdmin,
  unreviewed,
  missingChinese,
}: Target & {
  publication: "draft" | "published";
  archived: boolean;
  deletable: boolean;
  review: ReviewShown | null;
  isAdmin: boolean;
  /** The last change made without review, in words ("Published without review by …. Reason: …"). */
  unreviewed: string | null;
  /** The public texts it has no Chinese for, as its form labels them: publishing it asks whether English may stand in. */
  missingChinese: string[];
}) {
  const t = useTranslations("Common");
  const r = useTranslations("Review");
  const [state, action] = useLifecycleForm();
  const [decision, decide] = useLifecycleForm();
  const [sendBack, sendBackAction] = useLifecycleForm();
  const [admin, adminAction] = useLifecycleForm();
  const [schedule, scheduleAction] = useLifecycleForm();
  const target = { kind, id, version };
  const currentHref = `/staff/${kind}s/${id}`;
  const waiting = review?.state === "submitted";
  // A proposed new version of a published record: saved through the form, approved here.
  const change = review?.operation === "change";
  // What a submission would ask for now: the record's next step on the public site.
  const publicChange = archived ? null : publication === "draft" ? ("publish" as const) : ("unpublish" as const);
  const commentError = fieldError(sendBack, "comment");
  const reasonError = fieldError(admin, "reason");
  const publishAtError = fieldError(decision, "publishAt");
  const newTimeError = fieldError(schedule, "publishAt");
  const lacksChinese = missingChinese.length > 0;

  return (
    <section aria-labelledby="lifecycle" className="mb-8 rounded-lg border border-slate-200 p-4">
      <h2 id="lifecycle" className="text-lg font-semibold text-slate-800">
        {t("lifecycle")}
      </h2>

      {review && (
        <div role="region" aria-labelledby="review-heading" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <h3 id="review-heading" className="font-semibold">
            {r("heading")}
          </h3>
          {review.state === "sent_back" ? (
            <>
              <p className="mt-1">{r("sentBack", { name: review.reviewer ?? "—", time: review.reviewedAt ?? "" })}</p>
              <blockquote className="mt-1 border-l-4 border-amber-400 pl-3 whitespace-pre-line">{review.comment}</blockquote>
              {review.mine && <p className="mt-1 text-sm">{r(change ? "changeSentBackHint" : "sentBackOwnHint")}</p>}
            </>
          ) : review.state === "scheduled" ? (
            <>
              <p className="mt-1 font-medium">
                {r("scheduled", { name: review.reviewer ?? "—", reviewedAt: review.reviewedAt ?? "", operation: r(`operations.${review.operation}`), time: review.publishAt ?? "" })}
              </p>
              <p className="mt-1 text-sm">{r("scheduledHint")}</p>
            </>
          ) : change ? (
            <p className="mt-1">{review.mine ? r("changeWaitingOwn", { time: review.submittedAt }) : r("changeWaiting", { name: review.submittedBy ?? "—", time: review.submittedAt })}</p>
          ) : review.mine ? (
            <p className="mt-1">{r("waitingOwn", { operation: r(`operations.${review.operation}`), time: review.submittedAt })}</p>
          ) : (
            <p className="mt-1">{r("waiting", { operation: r(`operations.${review.operation}`), name: review.submittedBy ?? "—", time: review.submittedAt })}</p>
          )}

          {waiting && !review.mine && (
            <div className="mt-3 flex flex-col gap-3">
              <form action={decide} noValidate className="flex flex-col gap-2">
                <FormStatus state={decision} currentHref={currentHref} summary={false} />
                <Hidden {...target} />
                <TimeField
                  id="review-publish-at"
                  label={r("publishAt")}
                  hint={r("publishAtHint")}
                  error={publishAtError}
                  defaultValue={decision.ok ? "" : (decision.values?.publishAt as string | undefined)}
                />
                {lacksChinese && review.operation === "publish" && <EnglishChoice id="approve" fields={missingChinese} state={decision} />}
                <div>
                  <SubmitButton name="operation" value="approve" label={r(`approve.${review.operation}`)} pendingLabel={r(`approve.${review.operation}`)} />
                </div>
              </form>
              <form action={sendBackAction} className="flex flex-col gap-2">
                <FormStatus state={sendBack} currentHref={currentHref} summary={false} />
                <Hidden {...target} />
                <label htmlFor="review-comment" className="font-medium">
                  {r("comment")}
                </label>
                <p id="review-comment-hint" className="text-sm">
                  {r("commentHint")}
                </p>
                {commentError && (
                  <p id="review-comment-error" className="text-sm font-medium text-red-800">
                    {commentError}
                  </p>
                )}
                <textarea
                  id="review-comment"
                  name="comment"
                  rows={3}
                  maxLength={2000}
                  aria-describedby={`review-comment-hint${commentError ? " review-comment-error" : ""}`}
                  aria-invalid={commentError ? true : undefined}
                  className="rounded border border-slate-400 bg-white px-2 py-1 text-slate-900"
                  defaultValue={sendBack.ok ? "" : (sendBack.values?.comment as string | undefined)}
                />
                <div>
                  <SubmitButton name="operation" value="sendBack" label={r("sendBack")} pendingLabel={r("sendBack")} variant="secondary" />
                </div>
              </form>
            </div>
          )}
          {review.state === "scheduled" && (
            <form action={scheduleAction} noValidate className="mt-3 flex flex-col gap-2">
              <FormStatus state={schedule} currentHref={currentHref} summary={false} />
              <Hidden {...target} />
              {(!review.mine || isAdmin) && (
                <>
                  <TimeField id="review-new-time" label={r("newTime")} error={newTimeError} defaultValue={schedule.ok ? (review.publishAtInput ?? "") : ((schedule.values?.publishAt as string | undefined) ?? review.publishAtInput ?? "")} />
                </>
              )}
              <div className="flex flex-wrap gap-3">
                {(!review.mine || isAdmin) && <SubmitButton name="operation" value="reschedule" label={r("reschedule")} pendingLabel={r("reschedule")} variant="secondary" />}
                <SubmitButton name="operation" value="unschedule" label={r("cancelSchedule")} pendingLabel={r("cancelSchedule")} variant="secondary" />
              </div>
              <p className="text-sm">{r("cancelScheduleHint")}</p>
            </form>
          )}
          {review.state === "submitted" && (review.mine || isAdmin) && (
            <form action={action} className="mt-3">
              <Hidden {...target} />
              <SubmitButton name="operation" value="withdraw" label={r("withdraw")} pendingLabel={r("withdraw")} variant="secondary" />
            </form>
          )}
        </div>
      )}

      {unreviewed && <p className="mt-3 rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">{unreviewed}</p>}

      <form action={action} className="mt-3 flex flex-col gap-3">
        <FormStatus state={state} currentHref={currentHref} />
        <Hidden {...target} />
        {lacksChinese && publicChange === "publish" && (!review || (review.state === "sent_back" && !change)) && (
          <EnglishChoice id="submit" fields={missingChinese} state={state} />
        )}
        <div className="flex flex-wrap gap-3">
          {archived ? (
            <SubmitButton name="operation" value="restore" label={t("restore")} pendingLabel={t("restore")} variant="secondary" />
          ) : (
            <>
              {publicChange && (!review || (review.state === "sent_back" && !change)) && (
                <SubmitButton
                  name="operation"
                  value={`submit.${publicChange}`}
                  label={review?.state === "sent_back" && review.operation === publicChange ? r("submitAgain") : r(`submit.${publicChange}`)}
                  pendingLabel={r(`submit.${publicChange}`)}
                  variant={publicChange === "publish" ? "primary" : "secondary"}
                />
              )}
              {deletable ? (
                <SubmitButton
                  name="operation"
                  value="delete"
                  label={t("delete")}
                  pendingLabel={t("delete")}
                  variant="danger"
                  onClick={(e) => {
                    if (!window.confirm(t("deleteConfirm"))) e.preventDefault();
                  }}
                />
              ) : publication === "draft" ? (
                <SubmitButton name="operation" value="archive" label={t("archive")} pendingLabel={t("archive")} variant="secondary" />
              ) : (
                (!review || (review.state === "sent_back" && !change)) && (
                  <SubmitButton name="operation" value="submit.archive" label={r("submit.archive")} pendingLabel={r("submit.archive")} variant="secondary" />
                )
              )}
            </>
          )}
        </div>
        <p className="text-sm text-slate-600">
          {archived ? t("archivedNote") : publication === "draft" ? r("submitHint") : null} {!archived && (deletable ? t("deleteHint") : t("archiveHint"))}
        </p>
      </form>

      {isAdmin && (publicChange || change) && (
        <details className="mt-4 rounded border border-slate-200 p-3" open={!admin.ok && !!admin.message}>
          <summary className="cursor-pointer font-medium text-slate-800">{r("withoutReviewTitle")}</summary>
          <form action={adminAction} className="mt-3 flex flex-col gap-2">
            <FormStatus state={admin} currentHref={currentHref} summary={false} />
            <Hidden {...target} />
            <label htmlFor="review-reason" className="font-medium">
              {r("reason")}
            </label>
            <p id="review-reason-hint" className="text-sm text-slate-600">
              {r("reasonHint")}
            </p>
            {reasonError && (
              <p id="review-reason-error" className="text-sm font-medium text-red-800">
                {reasonError}
              </p>
            )}
            <textarea
              id="review-reason"
              name="reason"
              rows={2}
              maxLength={500}
              aria-describedby={`review-reason-hint${reasonError ? " review-reason-error" : ""}`}
              aria-invalid={reasonError ? true : undefined}
              className="rounded border border-slate-400 px-2 py-1"
              defaultValue={admin.ok ? "" : (admin.values?.reason as string | undefined)}
            />
            {lacksChinese && publicChange === "publish" && !change && <EnglishChoice id="admin" fields={missingChinese} state={admin} />}
            <div className="flex flex-wrap gap-3">
              {change ? (
                <SubmitButton name="operation" value="withoutReview.change" label={r("withoutReview.change")} pendingLabel={r("withoutReview.change")} variant="secondary" />
              ) : (
                publicChange && (
                  <SubmitButton name="operation" value={`withoutReview.${publicChange}`} label={r(`withoutReview.${publicChange}`)} pendingLabel={r(`withoutReview.${publicChange}`)} variant="secondary" />
                )
              )}
              {publication === "published" && !change && (
                <SubmitButton name="operation" value="withoutReview.archive" label={r("withoutReview.archive")} pendingLabel={r("withoutReview.archive")} variant="secondary" />
              )}
            </div>
          </form>
        </details>
      )}
    </section>
  );
}

/** A date and time in the office's time zone (Beijing time), with its hint and its error. */
function TimeField({ id, label, hint, error, defaultValue }: { id: string; label: string; hint?: string; error?: string; defaultValue?: string }) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <input
        id={id}
        name="publishAt"
        type="datetime-local"
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        className="w-fit rounded border border-slate-400 bg-white px-2 py-1 text-slate-900"
        defaultValue={defaultValue}
      />
    </div>
  );
}
