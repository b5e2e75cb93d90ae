import "server-only";
import { z } from "zod";
import { staffText } from "@/lib/i18n/staff";
import { defineExport, exportTime } from "@/lib/records/export";
import { listUsers, type UserListItem } from "./users";

const t = staffText("Users");
const enums = staffText("Enums");

/** Every account, by name, as the staff accounts page lists them (it has no filters): for administrators. */
export const userExport = defineExport(() => ({
  file: "staff-accounts",
  sheet: t("title"),
  schema: z.object({}),
  rows: (): Promise<UserListItem[]> => listUsers(),
  columns: [
    { header: t("colName"), width: 28, cell: (u) => u.name },
    { header: t("colEmail"), width: 32, cell: (u) => u.email },
    { header: t("colRole"), width: 14, cell: (u) => enums(`roles.${u.role}`) },
    { header: t("colStatus"), width: 12, cell: (u) => (u.active ? t("active") : t("deactivated")) },
    { header: t("colLastSignIn"), width: 26, cell: (u) => (u.lastSignInAt ? exportTime(u.lastSignInAt) : t("never")) },
  ],
}));
