import "server-only";
import { agreementKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { defineExport, everyRow, stateCell } from "@/lib/records/export";
import { formatPartialDate } from "@/lib/validation/dates";
import { listAgreements } from "./staff";
import { agreementListSchema } from "./validation";

const t = staffText("Agreements");
const enums = staffText("Enums");

/** Every row of the list, as its page reads them (listPage's "all"). */
const listed = everyRow(listAgreements);

/** The agreements list's export: what the list shows, in words, dates at their precision (lib/records/export.ts). */
export const agreementExport = defineExport(() => ({
  file: "agreements",
  sheet: t("title"),
  schema: agreementListSchema,
  rows: listed,
  columns: [
    { header: t("colTitle"), width: 50, cell: (a) => a.titleEn },
    { header: t("colPartnership"), width: 34, cell: (a) => a.partnershipLabel },
    { header: t("colKind"), width: 22, cell: (a) => enums(`agreementKinds.${a.kind as (typeof agreementKinds)[number]}`) },
    { header: t("colSigned"), width: 12, cell: (a) => formatPartialDate(a.signedOn, a.signedPrecision) },
    { header: t("colSignatories"), width: 12, cell: (a) => a.signatories },
    { header: t("colState"), width: 11, cell: stateCell },
  ],
}));
