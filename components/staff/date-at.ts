/** A date at its known precision for staff lists: "2001", "2001-05", "2001-05-17" (ISO, as they are typed). */
export function dateAt(date: string | null, precision: "year" | "month" | "day" | null): string {
  if (!date || !precision) return "—";
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;
}
