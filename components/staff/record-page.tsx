import { kinds, staffHref, type RecordKind } from "@/lib/kinds";
import { listRecordHistory } from "@/lib/records/audit";
import { deletionBlockers } from "@/lib/records/lifecycle";
import type { RecordMeta } from "@/lib/records/meta";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { Notice } from "./notice";
import { RecordActions } from "./record-actions";
import { RecordHeader } from "./record-header";
import { RecordHistory } from "./record-history";

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
  children,
}: {
  notice: string | string[] | undefined;
  kind: RecordKind;
  title: string;
  meta: RecordMeta;
  publicHref: string | null;
  notPublicReason: string | null;
  canEdit: boolean;
  children: React.ReactNode;
}) {
  const { messages } = kinds[kind];
  const [history, blockers] = await Promise.all([listRecordHistory({ entityType: kind, entityId: meta.id }), deletionBlockers({ kind, id: meta.id })]);
  const back = { href: staffHref(kind), label: staffText(messages)("title") };
  // A draft nothing depends on may be deleted; anything else is archived.
  const deletable = blockers.length === 0;
  return (
    <>
      <Notice notice={notice} />
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
      {children}
      <RecordHistory entries={history} labels={staffMessages[messages].fields} />
    </>
  );
}
