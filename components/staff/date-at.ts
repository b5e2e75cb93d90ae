import { formatPartialDate } from "@/lib/validation/dates";

/** A date at its known precision for staff lists: "2001", "2001-05", "2001-05-17" (ISO, as they are typed); "—" if none. */
export function dateAt(date: string | null, precision: "year" | "month" | "day" | null): string {
  return formatPartialDate(date, precision) || "—";
}
