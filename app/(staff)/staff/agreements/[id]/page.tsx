import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/staff/agreement-form";
import { Notice } from "@/components/staff/notice";
import { RecordHeader } from "@/components/staff/record-header";
import { RecordActions } from "@/components/staff/record-actions";
import { RecordHistory } from "@/components/staff/record-history";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { getAgreement } from "@/lib/data/agreements";
import { listRecordHistory } from "@/lib/data/audit";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffMessages, staffText } from "@/lib/i18n/staff";
import { agreementFormValues } from "@/lib/validation/agreements";
import { routeId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Agreement", robots: { index: false } };

export default async function AgreementPage({ params, searchParams }: PageProps<"/staff/agreements/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/agreements/${raw}`);
  const id = routeId(raw);
  const agreement = id ? await getAgreement({ id }) : null;
  if (!id || !agreement) notFound();
  const [history, partnerships] = await Promise.all([listRecordHistory({ entityType: "agreement", entityId: id }), listPartnershipOptions()]);
  const t = staffText("Agreements");
  const canEdit = canEditContent(user);
  const { meta } = agreement;
  const archived = !!meta.archivedAt;
  const visible = meta.publication === "published" && agreement.partnership.publication === "published";
  return (
    <>
      <Notice notice={(await searchParams).notice} />
      <RecordHeader
        kindLabel={staffText("Enums")("entityTypes.agreement")}
        title={agreement.fields.titleEn}
        meta={meta}
        back={{ href: "/staff/agreements", label: t("title") }}
        publicHref={visible ? `/en/partners/${agreement.partnership.slug}` : null}
        notPublicReason={meta.publication === "draft" ? t("notPublicDraft") : t("notPublicPartnership")}
      />
      <p className="-mt-4 mb-6 text-sm">
        <Link href={`/staff/partnerships/${agreement.partnership.id}`} className="text-brand-700 underline">
          {t("partnershipLink", { label: agreement.partnership.label })}
        </Link>
      </p>
      {canEdit && <RecordActions kind="agreement" id={id} version={meta.version} publication={meta.publication} archived={archived} deletable={meta.publication === "draft"} />}
      {!canEdit && <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">{staffText("Common")("readOnly")}</p>}
      <AgreementForm
        mode="edit"
        partnerships={partnerships}
        readOnly={!canEdit || archived}
        defaults={{ ...agreementFormValues(agreement.fields), id: String(id), version: String(meta.version) }}
      />
      <RecordHistory entries={history} labels={staffMessages.Agreements.fields} />
    </>
  );
}
