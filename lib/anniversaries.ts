/**
 * The round anniversaries the office marks: every fifth year of a tie, from the fifth on (5, 10, 15, … 35, 40, …),
 * as the home page promises. The list reaches 200 years, beyond any tie the office can have.
 */
export const anniversaryYears: readonly number[] = Array.from({ length: 40 }, (_, i) => (i + 1) * 5);

/** Whether a tie that is `age` years old marks a round anniversary. */
export function isAnniversary(age: number): boolean {
  return Number.isInteger(age) && age >= 5 && age % 5 === 0;
}

export function anniversaryIn(year: number, establishedYear: number): number | null {
  const age = year - establishedYear;
  return isAnniversary(age) ? age : null;
}

export type DatePrecision = "year" | "month" | "day";

/** A round anniversary: its day, or the first of its month or year when the tie's date is known only that far. */
export interface DatedAnniversary {
  years: number;
  date: string;
  precision: DatePrecision;
}

/**
 * The round anniversaries of a tie established on `established` (YYYY-MM-DD at its precision) that the office
 * prepares for on `today` (the office's today, YYYY-MM-DD).
 *
 * "soon": those whose day (or, for a tie known to the month, whose month) overlaps the next `days` days.
 * "thisYear": a tie known only by its year has its anniversary somewhere in that year, never on a day one could call
 * due: it is listed for the whole of that year, once, and not as soon as a window reaches into the next year.
 */
export function anniversariesAround(
  established: { date: string; precision: DatePrecision },
  { today, days }: { today: string; days: number },
): { soon: DatedAnniversary[]; thisYear: DatedAnniversary | null } {
  const [y, m, d] = established.date.split("-").map(Number) as [number, number, number];
  const start = new Date(`${today}T00:00:00Z`);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + days);
  const { precision } = established;
  if (precision === "year") {
    const year = start.getUTCFullYear();
    const years = anniversaryIn(year, y);
    return { soon: [], thisYear: years ? { years, date: `${year}-01-01`, precision } : null };
  }
  const soon: DatedAnniversary[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    const years = anniversaryIn(year, y);
    if (!years) continue;
    // The day, or the month when that is all the source gives.
    const from = new Date(Date.UTC(year, m - 1, precision === "day" ? d : 1));
    const to = precision === "day" ? from : new Date(Date.UTC(year, m, 0));
    if (to < start || from > end) continue;
    soon.push({ years, date: from.toISOString().slice(0, 10), precision });
  }
  return { soon, thisYear: null };
}
