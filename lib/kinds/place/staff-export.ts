import "server-only";
import { placeKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { countryCell, defineExport, everyRow, stateCell } from "@/lib/records/export";
import { listPlaces } from "./staff";
import { placeListSchema } from "./validation";

const t = staffText("Places");
const enums = staffText("Enums");

/** Every row of the list, as its page reads them (listPage's "all"). */
const listed = everyRow(listPlaces);

/** The places list's export: what the list shows, in words (lib/records/export.ts). */
export const placeExport = defineExport(() => ({
  file: "places",
  sheet: t("title"),
  schema: placeListSchema,
  rows: listed,
  columns: [
    { header: t("fields.nameEn"), width: 30, cell: (p) => p.nameEn },
    { header: t("fields.nameZh"), width: 16, cell: (p) => p.nameZh },
    { header: t("colKind"), width: 14, cell: (p) => enums(`placeKinds.${p.kind as (typeof placeKinds)[number]}`) },
    { header: t("side"), width: 16, cell: (p) => (p.isHome ? t("home") : t("foreign")) },
    { header: t("colCountry"), width: 20, cell: (p) => countryCell(p.countryCode) },
    { header: t("colPartnerships"), width: 12, cell: (p) => p.partnerships },
    { header: t("colState"), width: 11, cell: stateCell },
  ],
}));
