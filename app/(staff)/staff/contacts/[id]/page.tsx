import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { notFound } from "next/navigation";
import { ContactForm } from "@/app/(staff)/staff/contacts/contact-form";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { staffText } from "@/lib/i18n/staff";
import { contactFormValues } from "@/lib/kinds/contact/definition";
import { getContact } from "@/lib/kinds/contact/staff";
import { routeId } from "@/lib/validation/lists";
import { staffPick } from "@/lib/records/staff-names";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.contact"));

export default async function ContactPage({ params, searchParams }: PageProps<"/staff/contacts/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/contacts/${raw}`);
  const id = routeId(raw);
  const contact = id ? await getContact({ id }) : null;
  if (!id || !contact) notFound();
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "contact", id);
  const t = staffText("Contacts");
  const { meta } = contact;
  const current = { ...contactFormValues(contact.fields), id: String(id), version: String(meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "contact", id });
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={(await searchParams).notice}
      compare={(await searchParams).compare}
      kind="contact"
      title={staffPick(contact.fields.nameEn, contact.fields.nameZh)}
      meta={meta}
      publicHref={null}
      notPublicReason={meta.publication === "draft" ? t("notPublicDraft") : t("notShownYet")}
      canEdit={canEdit}
    >
      <ContactForm mode="edit" readOnly={!canEdit || !!meta.archivedAt} defaults={shownValues(current, proposal)} />
    </RecordPage>
  );
}
