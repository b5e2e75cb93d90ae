export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** One page of a list: a page past the end shows the last one. */
export async function pageOf<T>(
  total: number,
  requested: number,
  size: number,
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<Page<T>> {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pages);
  return { items: await fetch(size, (page - 1) * size), total, page, pages };
}
