import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/components/staff/delegation-form";
import { Notice } from "@/components/staff/notice";
import { RecordHeader } from "@/components/staff/record-header";
import { RecordActions } from "@/components/staff/record-actions";
import { RecordHistory } from "@/components/staff/record-history";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listRecordHistory } from "@/lib/data/audit";
import { getDelegation } from "@/lib/data/delegations";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { delegationFormValues } from "@/lib/validation/delegations";
import { routeId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Delegation", robots: { index: false } };

export default async function DelegationPage({ params, searchParams }: PageProps<"/staff/delegations/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/delegations/${raw}`);
  const id = routeId(raw);
  const delegation = id ? await getDelegation({ id }) : null;
  if (!id || !delegation) notFound();
  const [history, partnerships] = await Promise.all([listRecordHistory({ entityType: "delegation", entityId: id }), listPartnershipOptions()]);
  const t = staffText("Delegations");
  const canEdit = canEditContent(user);
  const { meta } = delegation;
  const archived = !!meta.archivedAt;
  return (
    <>
      <Notice notice={(await searchParams).notice} />
      <RecordHeader
        kindLabel={staffText("Enums")("entityTypes.delegation")}
        title={delegation.fields.titleEn}
        meta={meta}
        back={{ href: "/staff/delegations", label: t("title") }}
        publicHref={meta.publication === "published" ? "/en/delegations" : null}
        notPublicReason={t("notPublicDraft")}
      />
      {canEdit && <RecordActions kind="delegation" id={id} version={meta.version} publication={meta.publication} archived={archived} deletable={meta.publication === "draft"} />}
      {!canEdit && <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">{staffText("Common")("readOnly")}</p>}
      <DelegationForm
        mode="edit"
        partnerships={partnerships}
        readOnly={!canEdit || archived}
        defaults={{ ...delegationFormValues(delegation.fields), id: String(id), version: String(meta.version) }}
      />
      <RecordHistory entries={history} labels={staffMessages.Delegations.fields} />
    </>
  );
}
