import "server-only";
import type { Metadata } from "next";
import { settleStaffLocale } from "@/lib/auth/session";

/**
 * A staff page's metadata, its title in the staff language. generateMetadata may run before the page's own access
 * check, so the language is settled first; `title` is then read from the catalogue (staffText is synchronous).
 */
export async function staffMetadata(title: () => string): Promise<Metadata> {
  await settleStaffLocale();
  return { title: title(), robots: { index: false } };
}
