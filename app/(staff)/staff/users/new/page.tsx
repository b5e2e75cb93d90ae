import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { NewUserForm } from "@/components/staff/user-forms";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";

export const generateMetadata = () => staffMetadata(() => staffText("Users")("newTitle"));

export default async function NewUserPage() {
  await requireStaff("admin", "/staff/users/new");
  const t = staffText("Users");
  return (
    <NewRecordPage back={{ href: "/staff/users", label: t("title") }} title={t("newTitle")}>
      <NewUserForm />
    </NewRecordPage>
  );
}
