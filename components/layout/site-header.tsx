import Link from "next/link";
import { SkipLink } from "./skip-link";

/** The header of the staff area and sign-in (English). The public pages have their own, in the reader's language. */
export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <>
    <SkipLink label="Skip to content" />
    <header className="border-b-4 border-accent-600 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="group flex flex-col leading-tight">
          <span className="text-xs uppercase tracking-wider text-brand-100">Foreign Affairs Office of Shandong Province</span>
          <span className="text-lg font-semibold group-hover:underline">Shandong International Partnerships</span>
        </Link>
        {children}
      </div>
    </header>
    </>
  );
}
