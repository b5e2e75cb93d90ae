import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { PartnershipForm } from "@/app/(staff)/staff/partnerships/partnership-form";
import { requireStaff } from "@/lib/auth/session";
import { listPlaceOptions } from "@/lib/kinds/place/staff";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const generateMetadata = () => staffMetadata(() => staffText("Partnerships")("newTitle"));

export default async function NewPartnershipPage({ searchParams }: PageProps<"/staff/partnerships/new">) {
  const user = await requireStaff("editor", "/staff/partnerships/new");
  const params = await searchParams;
  // "New partnership" from a place's page comes with that place chosen.
  const home = lenientId.parse(params.home);
  const partner = lenientId.parse(params.partner);
  // A city office's staff record their own city's ties: it is the only Shandong side offered, and chosen.
  const all = await listPlaceOptions();
  const places = user.officePlaceId === null ? all : all.filter((p) => !p.isHome || p.id === user.officePlaceId);
  const homeChosen = home ?? user.officePlaceId;
  const t = staffText("Partnerships");
  return (
    <NewRecordPage back={{ href: "/staff/partnerships", label: t("title") }} title={t("newTitle")}>
      <PartnershipForm
        mode="create"
        places={places}
        defaults={{ type: "sister_city", status: "active", homePlaceId: homeChosen ? String(homeChosen) : "", partnerPlaceId: partner ? String(partner) : "" }}
      />
    </NewRecordPage>
  );
}
