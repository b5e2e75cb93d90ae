import type { Metadata } from "next";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { PlaceForm } from "@/app/(staff)/staff/places/place-form";
import { requireStaff } from "@/lib/auth/session";
import { staffText, staffCountryOptions } from "@/lib/i18n/staff";

export const metadata: Metadata = { title: "New place", robots: { index: false } };

export default async function NewPlacePage() {
  await requireStaff("editor", "/staff/places/new");
  const t = staffText("Places");
  return (
    <NewRecordPage back={{ href: "/staff/places", label: t("title") }} title={t("newTitle")}>
      <PlaceForm mode="create" defaults={{ continent: "", kind: "city" }} countryOptions={staffCountryOptions()} />
    </NewRecordPage>
  );
}
