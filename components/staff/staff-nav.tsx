"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The staff area's sections; the current one is marked for screen readers and the eye. */
export function StaffNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/staff" ? pathname === "/staff" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-slate-50">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 gap-y-1 px-2 py-1.5 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? "page" : undefined}
              className="block rounded px-2.5 py-1.5 text-brand-700 hover:bg-brand-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
