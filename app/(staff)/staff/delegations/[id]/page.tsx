import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/app/(staff)/staff/delegations/delegation-form";
import { AttachmentsSection } from "@/components/staff/attachments";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { getDelegation } from "@/lib/kinds/delegation/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { delegationFormValues } from "@/lib/kinds/delegation/definition";
import { routeId } from "@/lib/validation/lists";
import { staffPick } from "@/lib/records/staff-names";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.delegation"));

export default async function DelegationPage({ params, searchParams }: PageProps<"/staff/delegations/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/delegations/${raw}`);
  const id = routeId(raw);
  const delegation = id ? await getDelegation({ id }) : null;
  if (!id || !delegation) notFound();
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "delegation", id);
  const query = await searchParams;
  const current = { ...delegationFormValues(delegation.fields), id: String(id), version: String(delegation.meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "delegation", id });
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipIds",
    multiple: true,
    defaults: shownValues(current, proposal),
    action: `/staff/delegations/${id}`,
  });
  const { meta } = delegation;
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={query.notice}
      compare={query.compare}
      kind="delegation"
      title={staffPick(delegation.fields.titleEn, delegation.fields.titleZh)}
      meta={meta}
      publicHref={meta.publication === "published" ? "/en/delegations" : null}
      notPublicReason={staffText("Delegations")("notPublicDraft")}
      canEdit={canEdit}
    >
      <DelegationForm
        mode="edit"
        picker={picker}
        readOnly={!canEdit || !!meta.archivedAt}
        defaults={defaults}
      />
      <AttachmentsSection owner={{ kind: "delegation", id }} user={user} canEdit={canEdit && !meta.archivedAt} />
    </RecordPage>
  );
}
