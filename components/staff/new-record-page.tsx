import Link from "next/link";

/** The page of a form that creates a record: where it came from, what it makes, the form. */
export function NewRecordPage({ back, title, children }: { back: { href: string; label: string }; title: string; children: React.ReactNode }) {
  return (
    <>
      <p className="text-sm">
        <Link href={back.href} className="text-brand-700 underline">{back.label}</Link>
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{title}</h1>
      {children}
    </>
  );
}
