import { LanguageForm } from "@/components/staff/account-form";
import { Notice } from "@/components/staff/notice";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";
import { staffMetadata } from "@/lib/i18n/staff-metadata";

export const generateMetadata = () => staffMetadata(() => staffText("Account")("title"));

/** Every signed-in person's own page: who they are signed in as, and the language of their staff workspace. */
export default async function AccountPage({ searchParams }: PageProps<"/staff/account">) {
  const user = await requireStaff("viewer", "/staff/account");
  const { notice } = await searchParams;
  const t = staffText("Account");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <Notice notice={notice} />
      </div>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium text-slate-800">{t("name")}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-slate-800">{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-slate-800">{t("role")}</dt>
        <dd>{staffText("Enums")(`roles.${user.role}`)}</dd>
      </dl>
      <div className="mt-8">
        <LanguageForm locale={user.locale} />
      </div>
    </div>
  );
}
