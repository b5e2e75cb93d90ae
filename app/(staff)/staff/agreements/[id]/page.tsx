import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/app/(staff)/staff/agreements/agreement-form";
import { AttachmentsSection } from "@/components/staff/attachments";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { getAgreement } from "@/lib/kinds/agreement/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { agreementFormValues } from "@/lib/kinds/agreement/definition";
import { routeId } from "@/lib/validation/lists";
import { staffPick } from "@/lib/records/staff-names";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.agreement"));

export default async function AgreementPage({ params, searchParams }: PageProps<"/staff/agreements/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/agreements/${raw}`);
  const id = routeId(raw);
  const agreement = id ? await getAgreement({ id }) : null;
  if (!id || !agreement) notFound();
  const query = await searchParams;
  const current = { ...agreementFormValues(agreement.fields), id: String(id), version: String(agreement.meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "agreement", id });
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipId",
    multiple: false,
    defaults: shownValues(current, proposal),
    action: `/staff/agreements/${id}`,
  });
  const t = staffText("Agreements");
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "agreement", id);
  const { meta, partnership } = agreement;
  const visible = meta.publication === "published" && partnership.publication === "published";
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={query.notice}
      compare={query.compare}
      kind="agreement"
      title={staffPick(agreement.fields.titleEn, agreement.fields.titleZh)}
      meta={meta}
      publicHref={visible ? `/en/partners/${partnership.slug}` : null}
      notPublicReason={meta.publication === "draft" ? t("notPublicDraft") : t("notPublicPartnership")}
      canEdit={canEdit}
    >
      <p className="mb-6 text-sm">
        <Link href={`/staff/partnerships/${partnership.id}`} className="text-brand-700 underline">
          {t("partnershipLink", { label: partnership.label })}
        </Link>
      </p>
      <AgreementForm
        mode="edit"
        picker={picker}
        readOnly={!canEdit || !!meta.archivedAt}
        defaults={defaults}
      />
      <AttachmentsSection owner={{ kind: "agreement", id }} user={user} canEdit={canEdit && !meta.archivedAt} />
    </RecordPage>
  );
}
