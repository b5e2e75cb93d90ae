import Link from "next/link";
import { connection } from "next/server";
import { SiteFooter, SiteHeader } from "@/components/layout/site-header";
import { getHomeFigures, listPublishedPartnerships, type HomeFigures, type PartnershipListItem } from "@/lib/data/partnerships";
import { countryName, formatPartialDate, groupBy, partnershipTypeLabels } from "@/lib/format";

export default async function HomePage() {
  // Rendered per request from the database; never prerendered at build, which has no database.
  await connection();
  const [figures, list] = await Promise.all([getHomeFigures(), listPublishedPartnerships()]);
  return (
    <>
      <SiteHeader>
        <Link href="/login" className="rounded border border-white/40 px-3 py-1.5 text-sm hover:bg-white/10">
          Staff sign-in
        </Link>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="font-serif text-3xl font-semibold text-brand-800 sm:text-4xl">
          Shandong&apos;s sister cities and partner regions
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">
          Since 1979 Shandong Province and its cities have built ties with cities and regions around the world:
          sister cities, friendly-cooperation cities and province-state partnerships.
        </p>
        <Partnerships figures={figures} list={list} />
      </main>
      <SiteFooter />
    </>
  );
}

function Partnerships({ figures, list }: { figures: HomeFigures; list: PartnershipListItem[] }) {
  const byHome = groupBy(list, (p) => p.homeNameEn);
  return (
    <>
      <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Figure label="Partnerships" value={figures.partnerships} />
        <Figure label="Partner cities and regions" value={figures.partnerPlaces} />
        <Figure label="Countries" value={figures.countries} />
        <Figure label="Continents" value={figures.continents} />
      </dl>
      {figures.firstTie && (
        <p className="mt-4 text-slate-700">
          The first tie: {figures.firstTie.homeNameEn} and {figures.firstTie.partnerNameEn}, {figures.firstTie.year}.
        </p>
      )}
      <h2 className="mt-10 text-2xl font-semibold text-brand-800">All partnerships</h2>
      {[...byHome].map(([homeName, items]) => (
        <section key={homeName} aria-labelledby={`home-${items[0]!.slug}`} className="mt-6">
          <h3 id={`home-${items[0]!.slug}`} className="text-lg font-semibold text-slate-800">
            {homeName} <span lang="zh" className="font-normal text-slate-500">{items[0]!.homeNameZh}</span>
          </h3>
          <PartnershipTable items={items} />
        </section>
      ))}
    </>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-brand-50 p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold text-brand-700">{value.toLocaleString("en")}</dd>
    </div>
  );
}

function PartnershipTable({ items }: { items: PartnershipListItem[] }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Partner</th>
            <th scope="col" className="py-2 pr-4 font-medium">Country</th>
            <th scope="col" className="py-2 pr-4 font-medium">Type</th>
            <th scope="col" className="py-2 font-medium">Since</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.slug} className="border-b border-slate-100">
              <td className="py-2 pr-4">
                {p.partnerNameEn}
                {p.partnerNameZh && <span lang="zh" className="ml-2 text-slate-500">{p.partnerNameZh}</span>}
              </td>
              <td className="py-2 pr-4">{countryName(p.countryCode)}</td>
              <td className="py-2 pr-4">{partnershipTypeLabels[p.type]}</td>
              <td className="py-2">{formatPartialDate(p.establishedOn, p.establishedPrecision) ?? <span className="text-slate-500">Not recorded</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
