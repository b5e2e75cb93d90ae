import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { ContactForm } from "@/app/(staff)/staff/contacts/contact-form";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";

export const generateMetadata = () => staffMetadata(() => staffText("Contacts")("newTitle"));

export default async function NewContactPage() {
  await requireStaff("editor", "/staff/contacts/new");
  const t = staffText("Contacts");
  return (
    <NewRecordPage back={{ href: "/staff/contacts", label: t("title") }} title={t("newTitle")}>
      <ContactForm mode="create" defaults={{}} />
    </NewRecordPage>
  );
}
