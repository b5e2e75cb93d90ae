"use client";

import { useSyncExternalStore } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { htmlLang } from "@/lib/i18n/content";

const subscribe = () => () => {};

/**
 * A link to the same page in the other language. The server's HTML (cached, the same for every visitor) links to the
 * page without its query; in the browser the query is added, so filters are kept too.
 */
export function LanguageSwitcher({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  return (
    <Link
      href={`${pathname}${search}`}
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
