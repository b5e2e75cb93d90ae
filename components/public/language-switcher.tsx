"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { htmlLang } from "@/lib/i18n/content";
import { publicQueryOf } from "@/lib/public-view-segments";

/**
 * A link to the same page in the other language, filters included, in the server's HTML as in the browser: a page
 * whose state is in its query string is served by a twin route that carries the state as a segment (proxy.ts), so the
 * state is read from the route's segments, the same on the server and in the browser, and no script is needed.
 */
export function LanguageSwitcher({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname();
  const query = publicQueryOf(useSelectedLayoutSegments());
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={to}
      hrefLang={htmlLang[to]}
      lang={htmlLang[to]}
      title={title}
      className="shrink-0 whitespace-nowrap rounded border border-white/40 px-3 py-1.5 text-sm hover:bg-white/10"
    >
      {label}
    </Link>
  );
}
