import "server-only";
import { staffText } from "@/lib/i18n/staff";
import { defineExport, everyRow, stateCell } from "@/lib/records/export";
import { formatPartialDate } from "@/lib/validation/dates";
import { listEvents } from "./staff";
import { eventListSchema } from "./validation";

const t = staffText("Events");
const enums = staffText("Enums");

/** Every row of the list, as its page reads them (listPage's "all"). */
const listed = everyRow(listEvents);

/** The events list's export: what the list shows, in words, dates at their precision (lib/records/export.ts). */
export const eventExport = defineExport(() => ({
  file: "events",
  sheet: t("title"),
  schema: eventListSchema,
  rows: listed,
  columns: [
    { header: t("colTitle"), width: 50, cell: (e) => e.titleEn },
    { header: t("colKind"), width: 18, cell: (e) => enums(`eventKinds.${e.kind}`) },
    { header: t("colStarts"), width: 12, cell: (e) => formatPartialDate(e.startsOn, e.datePrecision) },
    { header: t("colPartnerships"), width: 12, cell: (e) => e.partnerships },
    { header: t("colState"), width: 11, cell: stateCell },
  ],
}));
