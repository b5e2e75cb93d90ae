import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { PlaceForm } from "@/app/(staff)/staff/places/place-form";
import { requireStaff } from "@/lib/auth/session";
import { staffText, staffCountryOptions } from "@/lib/i18n/staff";

export const generateMetadata = () => staffMetadata(() => staffText("Places")("newTitle"));

export default async function NewPlacePage() {
  await requireStaff("editor", "/staff/places/new");
  const t = staffText("Places");
  return (
    <NewRecordPage back={{ href: "/staff/places", label: t("title") }} title={t("newTitle")}>
      <PlaceForm mode="create" defaults={{ continent: "", kind: "city" }} countryOptions={staffCountryOptions()} />
    </NewRecordPage>
  );
}
