import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link and helpers: `<Link href="/partners">` goes to /en/partners or /zh/partners. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
