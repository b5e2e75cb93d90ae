import { getTranslations } from "next-intl/server";
import { PageNav, PastTheEnd } from "@/components/public/page-nav";
import type { Locale } from "@/i18n/routing";
import type { Page } from "@/lib/records/paging";

/**
 * One page of a paged, dated list (events, delegations): how many there are, a word when the page is past the last,
 * the page's items in their two halves (UpcomingAndPast), and the links to the other pages.
 */
export async function PagedUpcomingAndPast<T extends { upcoming: boolean }>({
  locale,
  result,
  hrefFor,
  list,
  text,
}: {
  locale: Locale;
  result: Page<T>;
  hrefFor: (page: number) => string;
  list: (items: T[]) => React.ReactNode;
  text: (key: "upcoming" | "noneUpcoming" | "past" | "none") => string;
}) {
  const paging = await getTranslations({ locale, namespace: "Paging" });
  return (
    <>
      <p className="mt-6 text-slate-700" role="status">{paging("total", { count: result.total })}</p>
      <PastTheEnd locale={locale} result={result} hrefFor={hrefFor} />
      {(result.items.length > 0 || result.total === 0) && (
        <UpcomingAndPast
          upcoming={result.items.filter((x) => x.upcoming)}
          past={result.items.filter((x) => !x.upcoming)}
          list={list}
          text={text}
          first={result.page === 1}
        />
      )}
      <PageNav locale={locale} result={result} hrefFor={hrefFor} />
    </>
  );
}

/**
 * A dated list page's two halves (events, delegations): what is still to come, then what has happened. On a later page
 * of a paged list (`first` false) a half shows only when the page has items of it; the first page shows both, saying
 * when one is empty.
 */
export function UpcomingAndPast<T>({
  upcoming,
  past,
  list,
  text,
  first = true,
}: {
  upcoming: T[];
  past: T[];
  list: (items: T[]) => React.ReactNode;
  /** The page's words: its catalogue namespace has these four. */
  text: (key: "upcoming" | "noneUpcoming" | "past" | "none") => string;
  first?: boolean;
}) {
  return (
    <>
      {(first || upcoming.length > 0) && (
        <Half id="upcoming" heading={text("upcoming")} empty={text("noneUpcoming")}>
          {upcoming.length ? list(upcoming) : null}
        </Half>
      )}
      {(first || past.length > 0) && (
        <Half id="past" heading={text("past")} empty={text("none")}>
          {past.length ? list(past) : null}
        </Half>
      )}
    </>
  );
}

function Half({ id, heading, empty, children }: { id: string; heading: string; empty: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold text-brand-800">{heading}</h2>
      {children ?? <p className="mt-2 text-slate-600">{empty}</p>}
    </section>
  );
}
