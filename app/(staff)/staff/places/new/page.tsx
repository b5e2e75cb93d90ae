import type { Metadata } from "next";
import Link from "next/link";
import { PlaceForm } from "@/components/staff/place-form";
import { requireStaff } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";

export const metadata: Metadata = { title: "New place", robots: { index: false } };

export default async function NewPlacePage() {
  await requireStaff("editor", "/staff/places/new");
  const t = staffText("Places");
  return (
    <>
      <p className="text-sm">
        <Link href="/staff/places" className="text-brand-700 underline">{t("title")}</Link>
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{t("newTitle")}</h1>
      <PlaceForm mode="create" defaults={{ continent: "", kind: "city" }} />
    </>
  );
}
