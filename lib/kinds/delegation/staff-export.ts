import "server-only";
import { staffText } from "@/lib/i18n/staff";
import { defineExport, everyRow, stateCell } from "@/lib/records/export";
import { formatPartialDate } from "@/lib/validation/dates";
import { listDelegations } from "./staff";
import { delegationListSchema } from "./validation";

const t = staffText("Delegations");
const enums = staffText("Enums");

/** Every row of the list, as its page reads them (listPage's "all"). */
const listed = everyRow(listDelegations);

/**
 * The delegations list's export: what the list shows, in words, dates at their precision (lib/records/export.ts). The
 * deals are a number with their currency beside it, so that a sheet can add them up.
 */
export const delegationExport = defineExport(() => ({
  file: "delegations",
  sheet: t("title"),
  schema: delegationListSchema,
  rows: listed,
  columns: [
    { header: t("colTitle"), width: 50, cell: (d) => d.titleEn },
    { header: t("colDirection"), width: 12, cell: (d) => enums(`directions.${d.direction}`) },
    { header: t("colStarts"), width: 12, cell: (d) => formatPartialDate(d.startsOn, d.datePrecision) },
    { header: t("colEnterprises"), width: 12, cell: (d) => d.enterprises },
    { header: t("colDeals"), width: 16, cell: (d) => (d.dealAmount && d.dealCurrency ? Number(d.dealAmount) : null) },
    { header: t("fields.dealCurrency"), width: 10, cell: (d) => (d.dealAmount ? d.dealCurrency : null) },
    { header: t("colState"), width: 11, cell: stateCell },
  ],
}));
