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
