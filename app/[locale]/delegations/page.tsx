import type { Metadata } from "next";
import { DelegationsView, delegationsMetadata } from "@/components/public/delegations-view";
import { loadDelegationList } from "@/lib/kinds/delegation/public";
import { publicList, publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff publish; hourly too, as today's date moves events into the past. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/delegations">): Promise<Metadata> {
  return delegationsMetadata(await publicLocale(params));
}

/** The first page of the delegations, unfiltered; any other state is served by /[locale]/delegation-list/[state] (proxy.ts). */
export default async function DelegationsPage({ params }: PageProps<"/[locale]/delegations">) {
  const { locale, state } = await publicList(params, "delegations");
  return <DelegationsView locale={locale} filter={state} {...await loadDelegationList(state)} />;
}
