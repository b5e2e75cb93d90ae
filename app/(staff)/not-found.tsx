import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-medium text-accent-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-brand-800">This page does not exist</h1>
      <p className="mt-3 text-slate-700">The address may be mistyped, or the page may have moved.</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">Go to the list of partnerships</Link>
      </p>
    </main>
    </>
  );
}
