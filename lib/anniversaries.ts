/** The round anniversaries the office marks (the list the public portal's brief names). */
export const anniversaryYears = [5, 10, 15, 20, 25, 30, 40, 45, 50] as const;

export function anniversaryIn(year: number, establishedYear: number): number | null {
  const age = year - establishedYear;
  return (anniversaryYears as readonly number[]).includes(age) ? age : null;
}
