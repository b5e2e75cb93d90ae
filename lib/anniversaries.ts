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
