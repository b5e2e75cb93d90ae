import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { UserBadge } from "@/components/staff/user-badge";

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader>
        <UserBadge />
      </SiteHeader>
      <nav aria-label="Staff" className="border-b border-slate-200 bg-slate-50">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-2 text-sm">
          <li>
            <Link href="/staff" className="text-brand-700 hover:underline">
              Dashboard
            </Link>
          </li>
          <li>
            <Link href="/" className="text-brand-700 hover:underline">
              Public site
            </Link>
          </li>
        </ul>
      </nav>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
