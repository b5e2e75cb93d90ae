import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { NewUserForm } from "@/components/staff/user-forms";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";
import { officeOptions } from "@/components/staff/offices";
import { listOffices } from "@/lib/data/offices";

export const generateMetadata = () => staffMetadata(() => staffText("Users")("newTitle"));

export default async function NewUserPage() {
  const me = await requireStaff("admin", "/staff/users/new");
  const t = staffText("Users");
  const offices = officeOptions(await listOffices(), me);
  return (
    <NewRecordPage back={{ href: "/staff/users", label: t("title") }} title={t("newTitle")}>
      {me.officePlaceId !== null && <p className="mb-4 text-sm text-slate-700">{t("officeFixed", { office: offices[0]?.label ?? "" })}</p>}
      <NewUserForm offices={offices} />
    </NewRecordPage>
  );
}
