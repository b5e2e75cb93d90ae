import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";

export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-medium text-accent-600">403</p>
      <h1 className="mt-1 text-2xl font-semibold text-brand-800">Your role does not give access to this page</h1>
      <p className="mt-3 text-slate-700">
        If you need it for your work, ask an administrator of the office to change your role.
      </p>
      <p className="mt-6 flex gap-4">
        <Link href="/staff" className="text-brand-700 underline">Staff dashboard</Link>
        <Link href="/" className="text-brand-700 underline">Public site</Link>
      </p>
    </main>
    </>
  );
}
