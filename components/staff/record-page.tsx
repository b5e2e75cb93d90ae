import { Fragment } from "react";
import { kinds, staffHref, type RecordKind } from "@/lib/kinds";
import { readRecordVersions } from "@/lib/records/history";
import { historyNoticeOf } from "@/lib/records/history-notice";
import { deletionBlockers } from "@/lib/records/lifecycle";
import type { RecordMeta } from "@/lib/records/meta";
import { staffText } from "@/lib/i18n/staff";
import { Notice } from "./notice";
import { RecordActions } from "./record-actions";
import { RecordHeader } from "./record-header";
import { VersionCompare } from "./version-compare";
import { HistoryNotice, VersionHistory } from "./version-history";

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
  compare,
  children,
}: {
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
  const [history, blockers] = await Promise.all([readRecordVersions({ kind, id: meta.id }), deletionBlockers({ kind, id: meta.id })]);
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
        />
      ) : (
        <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">{staffText("Common")("readOnly")}</p>
      )}
      {compare !== undefined && <VersionCompare kind={kind} meta={meta} compare={compare} canEdit={canEdit} />}
      {/* A restored version opens the form afresh on its values; otherwise the form keeps what was typed (after a publish). */}
      <Fragment key={historyNoticeOf(notice) ? `restored-${meta.version}` : "form"}>{children}</Fragment>
      <VersionHistory kind={kind} id={meta.id} versions={history} />
    </>
  );
}
