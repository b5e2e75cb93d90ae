import "server-only";
import { staffText } from "@/lib/i18n/staff";
import { defineExport, everyRow, stateCell } from "@/lib/records/export";
import { listContacts } from "./staff";
import { contactListSchema } from "./validation";

const t = staffText("Contacts");

/** Every row of the list, as its page reads them (listPage's "all"). */
const listed = everyRow(listContacts);

/** The office contacts list's export: what the list shows (lib/records/export.ts). */
export const contactExport = defineExport(() => ({
  file: "contacts",
  sheet: t("title"),
  schema: contactListSchema,
  rows: listed,
  columns: [
    { header: t("fields.nameEn"), width: 32, cell: (c) => c.nameEn },
    { header: t("fields.nameZh"), width: 20, cell: (c) => c.nameZh },
    { header: t("colPhone"), width: 20, cell: (c) => c.phone },
    { header: t("colEmail"), width: 30, cell: (c) => c.email },
    { header: t("colState"), width: 11, cell: stateCell },
  ],
}));
