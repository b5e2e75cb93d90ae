import Link from "next/link";
import { SkipLink } from "./skip-link";

const english = { office: "Foreign Affairs Office of Shandong Province", site: "Shandong International Partnerships", skip: "Skip to content" };

/**
 * The header of the staff area and sign-in, in the staff language (`labels`, from the "Header" catalogue), and of the
 * one 404 page for addresses nothing matches (English). The public pages have their own, in the reader's language.
 */
export function SiteHeader({ children, labels = english }: { children?: React.ReactNode; labels?: typeof english }) {
  return (
    <>
    <SkipLink label={labels.skip} />
    <header className="border-b-4 border-accent-600 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="group flex flex-col leading-tight">
          <span className="text-xs uppercase tracking-wider text-brand-100">{labels.office}</span>
          <span className="text-lg font-semibold group-hover:underline">{labels.site}</span>
        </Link>
        {children}
      </div>
    </header>
    </>
  );
}
