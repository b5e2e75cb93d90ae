import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/app/(staff)/staff/delegations/delegation-form";
import { RecordPage } from "@/components/staff/record-page";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { getDelegation } from "@/lib/kinds/delegation/staff";
import { listPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { staffText } from "@/lib/i18n/staff";
import { delegationFormValues } from "@/lib/kinds/delegation/definition";
import { routeId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Delegation", robots: { index: false } };

export default async function DelegationPage({ params, searchParams }: PageProps<"/staff/delegations/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/delegations/${raw}`);
  const id = routeId(raw);
  const delegation = id ? await getDelegation({ id }) : null;
  if (!id || !delegation) notFound();
  const partnerships = await listPartnershipOptions();
  const canEdit = canEditContent(user);
  const { meta } = delegation;
  return (
    <RecordPage
      notice={(await searchParams).notice}
      kind="delegation"
      title={delegation.fields.titleEn}
      meta={meta}
      publicHref={meta.publication === "published" ? "/en/delegations" : null}
      notPublicReason={staffText("Delegations")("notPublicDraft")}
      canEdit={canEdit}
    >
      <DelegationForm
        mode="edit"
        partnerships={partnerships}
        readOnly={!canEdit || !!meta.archivedAt}
        defaults={{ ...delegationFormValues(delegation.fields), id: String(id), version: String(meta.version) }}
      />
    </RecordPage>
  );
}
