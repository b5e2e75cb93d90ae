import type { Metadata } from "next";
import Link from "next/link";
import { NewUserForm } from "@/components/staff/user-forms";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";

export const metadata: Metadata = { title: "New staff account", robots: { index: false } };

export default async function NewUserPage() {
  await requireStaff("admin", "/staff/users/new");
  const t = staffText("Users");
  return (
    <>
      <p className="text-sm">
        <Link href="/staff/users" className="text-brand-700 underline">{t("title")}</Link>
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{t("newTitle")}</h1>
      <NewUserForm />
    </>
  );
}
