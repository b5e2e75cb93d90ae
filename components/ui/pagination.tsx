import Link from "next/link";

/** Previous/next links of a paged list whose state lives in the URL; a plain link each, so it works without JavaScript. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-brand-700 underline">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">{labels.page}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand-700 underline">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
