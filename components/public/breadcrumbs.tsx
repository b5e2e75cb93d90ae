import { Link } from "@/i18n/navigation";

/** "Home / Partners / Jinan – Vantaa": where a page sits, each step a link but the page itself. */
export function Breadcrumbs({ label, trail, current }: { label: string; trail: { href: string; label: string }[]; current: React.ReactNode }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600">
      <ol className="flex flex-wrap gap-2">
        {trail.map((step) => (
          <li key={step.href}>
            <Link href={step.href} className="underline">{step.label}</Link> /
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
