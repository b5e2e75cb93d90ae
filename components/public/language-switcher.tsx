"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

/** A link to the same page, filters included, in the other language. */
export function LanguageSwitcher({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={to}
      hrefLang={to === "zh" ? "zh-Hans" : "en"}
      lang={to === "zh" ? "zh-Hans" : "en"}
      title={title}
      className="shrink-0 whitespace-nowrap rounded border border-white/40 px-3 py-1.5 text-sm hover:bg-white/10"
    >
      {label}
    </Link>
  );
}
