import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { officeToday } from "@/lib/office-clock";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { AgreementForm } from "@/app/(staff)/staff/agreements/agreement-form";
import { requireStaff } from "@/lib/auth/session";
import { getPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { openWithPicker } from "@/components/staff/partnership-picker-state";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const generateMetadata = () => staffMetadata(() => staffText("Agreements")("newTitle"));

export default async function NewAgreementPage({ searchParams }: PageProps<"/staff/agreements/new">) {
  await requireStaff("editor", "/staff/agreements/new");
  // "Record agreement" on a partnership's page comes with that partnership chosen.
  const query = await searchParams;
  const partnership = lenientId.parse(query.partnership);
  const [chosen] = partnership ? await getPartnershipOptions({ ids: [partnership] }) : [];
  const t = staffText("Agreements");
  // After a signing ceremony the agreement is signed, today.
  const today = officeToday();
  const { defaults, picker } = await openWithPicker(query, {
    field: "partnershipId",
    multiple: false,
    defaults: { partnershipId: chosen ? String(chosen.id) : "", kind: "cooperation_agreement", status: "signed", signed: today },
    action: "/staff/agreements/new",
  });
  return (
    <NewRecordPage back={chosen ? { href: `/staff/partnerships/${chosen.id}`, label: chosen.label } : { href: "/staff/agreements", label: t("title") }} title={t("newTitle")}>
      <AgreementForm
        mode="create"
        picker={picker}
        defaults={defaults}
      />
    </NewRecordPage>
  );
}
