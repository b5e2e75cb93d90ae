import "server-only";
import type { OfficeOption } from "@/lib/data/offices";
import { staffText } from "@/lib/i18n/staff";
import { staffLocale } from "@/lib/i18n/staff-locale";

/** An office as the staff workspace names it: "Qingdao's office" / "青岛市外办", in the reader's language. */
export function officeLabel(office: OfficeOption): string {
  const t = staffText("Users");
  const place = staffLocale() === "zh" && office.nameZh ? office.nameZh : office.nameEn;
  return office.placeId === null ? t("officeTop", { place }) : t("officeCity", { place });
}

/** The office of an account (its home place's id, or null), named; a place no longer an office reads as its id. */
export function officeLabelOf(offices: OfficeOption[], placeId: number | null): string {
  const office = offices.find((o) => o.placeId === placeId);
  return office ? officeLabel(office) : `#${placeId}`;
}

/** The offices an administrator may give an account, as a form's options: their own only, unless of the top office. */
export function officeOptions(offices: OfficeOption[], admin: { officePlaceId: number | null }): { value: string; label: string }[] {
  return offices
    .filter((o) => admin.officePlaceId === null || o.placeId === admin.officePlaceId)
    .map((o) => ({ value: o.placeId === null ? "" : String(o.placeId), label: officeLabel(o) }));
}
