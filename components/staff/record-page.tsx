import { Fragment } from "react";
import { kinds, staffHref, type RecordKind } from "@/lib/kinds";
import { readRecordVersions } from "@/lib/records/history";
import { historyNoticeOf } from "@/lib/records/history-notice";
import { deletionBlockers } from "@/lib/records/lifecycle";
import { getReview, lastUnreviewedChange } from "@/lib/records/review";
import { getMissingTranslations, translationLabels } from "@/lib/records/translations";
import { getCurrentUser } from "@/lib/auth/session";
import { canEditContent, hasRole } from "@/lib/auth/roles";
import type { RecordMeta } from "@/lib/records/meta";
import { staffMessages, staffText, staffTime } from "@/lib/i18n/staff";
import { officeWallClock } from "@/lib/office-clock";
import { Notice } from "./notice";
import { MissingTranslationsList } from "./missing-translations";
import { RecordActions } from "./record-actions";
import { RecordHeader } from "./record-header";
import { VersionCompare } from "./version-compare";
import { HistoryNotice, VersionHistory } from "./version-history";
import { differingFields, formValueText, type FormValues } from "@/lib/forms";

/**
 * The page of one record: what happened last, what it is and who changed it, publication and removal for those who
 * may, then the record itself (its form, read-only for viewers), and its history (its fields in the kind's words).
 */
export async function RecordPage({
  notice,
  kind,
  title,
  meta,
  publicHref,
  notPublicReason,
  canEdit,
  proposal,
  compare,
  children,
}: {
  /** A proposed new version waiting for review: the record's values and the proposal's, as their forms hold them. */
  proposal?: { current: FormValues; proposed: FormValues } | null;
  notice: string | string[] | undefined;
  kind: RecordKind;
  title: string;
  meta: RecordMeta;
  publicHref: string | null;
  notPublicReason: string | null;
  canEdit: boolean;
  /** ?compare=<audit entry id>: that version beside the current one. */
  compare?: string | string[] | undefined;
  children: React.ReactNode;
}) {
  const { messages } = kinds[kind];
  const [history, blockers, review, unreviewed, user, missing] = await Promise.all([
    readRecordVersions({ kind, id: meta.id }),
    deletionBlockers({ kind, id: meta.id }),
    getReview({ kind, id: meta.id }),
    lastUnreviewedChange({ kind, id: meta.id }),
    getCurrentUser(),
    getMissingTranslations({ kind, id: meta.id }),
  ]);
  const back = { href: staffHref(kind), label: staffText(messages)("title") };
  // A draft nothing depends on may be deleted; anything else is archived.
  const deletable = blockers.length === 0;
  return (
    <>
      <Notice notice={notice} />
      <HistoryNotice notice={notice} />
      <RecordHeader
        kindLabel={staffText("Enums")(`entityTypes.${kind}`)}
        title={title}
        meta={meta}
        back={back}
        publicHref={publicHref}
        notPublicReason={notPublicReason}
      />
      {canEdit ? (
        <RecordActions
          kind={kind}
          id={meta.id}
          version={meta.version}
          publication={meta.publication}
          archived={!!meta.archivedAt}
          deletable={deletable && meta.publication === "draft"}
          isAdmin={hasRole(user, "admin")}
          missingChinese={translationLabels(kind, missing.zh)}
          review={
            review && {
              ...review,
              mine: review.submittedById === user?.id,
              submittedAt: staffTime(review.submittedAt),
              reviewedAt: review.reviewedAt && staffTime(review.reviewedAt),
              publishAt: review.publishAt && staffTime(review.publishAt),
              publishAtInput: review.publishAt && officeWallClock(review.publishAt),
            }
          }
          unreviewed={
            unreviewed &&
            staffText("Review")("unreviewed", {
              action: staffText("Enums")(`auditActions.${unreviewed.action as "publish"}`),
              name: unreviewed.by ?? staffText("Common")("system"),
              time: staffTime(unreviewed.at),
              reason: unreviewed.reason,
            })
          }
        />
      ) : (
        <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">
          {staffText("Common")(canEditContent(user) ? "readOnlyOtherOffice" : "readOnly")}
        </p>
      )}
      <MissingTranslationsList kind={kind} missing={missing} />
      {compare !== undefined && <VersionCompare kind={kind} meta={meta} compare={compare} canEdit={canEdit} />}
      {proposal && <ProposedChanges {...proposal} labels={{ ...staffMessages.Review.fields, ...staffMessages[messages].fields }} />}
      {publicHref && canEdit && !proposal && <p className="mb-3 text-sm text-slate-700">{staffText("Review")("editPublishedHint")}</p>}
      {/* A restored version opens the form afresh on its values; otherwise the form keeps what was typed (after a publish). */}
      <Fragment key={historyNoticeOf(notice) ? `restored-${meta.version}` : "form"}>{children}</Fragment>
      <VersionHistory kind={kind} id={meta.id} versions={history} />
    </>
  );
}

/** A form field's label: its own, or its list's with the row's number ("Signatories 2: name"). */
function labelOf(key: string, labels: Record<string, string>): string {
  if (labels[key]) return labels[key];
  const [list, index, field] = key.split(".");
  if (list && index !== undefined && field) return `${labels[list] ?? list} ${Number(index) + 1}: ${labels[field] ?? field}`;
  return key;
}

/** What a proposed version changes, field by field: the published value beside the proposed one. */
function ProposedChanges({ current, proposed, labels }: { current: FormValues; proposed: FormValues; labels: Record<string, string> }) {
  const t = staffText("Review");
  const common = staffText("Common");
  const keys = differingFields(current, proposed);
  return (
    <section aria-labelledby="proposed-changes" className="mb-6 rounded-lg border border-amber-300 p-4">
      <h2 id="proposed-changes" className="text-lg font-semibold text-slate-800">{t("changedFields")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{common("field")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("publishedValue")}</th>
              <th scope="col" className="py-1 font-medium">{t("proposedValue")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 font-normal text-slate-700">{labelOf(key, labels)}</th>
                <td className="py-1 pr-3 [overflow-wrap:anywhere]">{formValueText(current[key]) || "—"}</td>
                <td className="py-1 [overflow-wrap:anywhere]">{formValueText(proposed[key]) || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
