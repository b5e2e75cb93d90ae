export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** How many records a page of a public list shows (events, delegations, agreements, a profile's timeline by kind). */
export const publicPageSize = 20;

/** The number of pages `total` records fill, `size` to a page: one at least, so that an empty list has its page 1. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** A page number beyond the last page of a list that has records (a stale or hand-made link). */
export function pastTheEnd(result: { total: number; page: number; pages: number }): boolean {
  return result.total > 0 && result.page > result.pages;
}
