import { NextIntlClientProvider } from "next-intl";
import { SiteHeader } from "@/components/layout/site-header";
import { DemoBanner } from "@/components/staff/demo-banner";
import { StaffNav } from "@/components/staff/staff-nav";
import { UserBadge } from "@/components/staff/user-badge";
import { canEditContent, canManageUsers } from "@/lib/auth/roles";
import { currentUserOrNobody } from "@/lib/auth/session";
import { isDemoAccount } from "@/lib/data/demo-accounts";
import { intlLocaleOf, staffCatalogue, staffHeaderLabels, staffText } from "@/lib/i18n/staff";
import { staffLocale } from "@/lib/i18n/staff-locale";
import { officeTimeZone } from "@/lib/office-clock";
import { kindSections } from "@/lib/kinds";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  // Each page checks the session and role itself; the layout only decides which sections to offer.
  // It also settles the request's staff language: the account's (lib/i18n/staff-locale.ts).
  const user = await currentUserOrNobody();
  // Page chrome: if the database fails here, the page itself says so; the banner just stays away.
  const demo = user ? await isDemoAccount(user).catch(() => false) : false;
  const t = staffText("Nav");
  const items = [
    { href: "/staff", label: t("dashboard") },
    ...kindSections(),
    ...(canEditContent(user) ? [{ href: "/staff/import", label: t("import") }] : []),
    ...(canManageUsers(user) ? [{ href: "/staff/users", label: t("users") }, { href: "/staff/audit", label: t("audit") }] : []),
    { href: `/${staffLocale()}`, label: t("publicSite") },
  ];
  return (
    <NextIntlClientProvider locale={intlLocaleOf[staffLocale()]} messages={staffCatalogue()} timeZone={officeTimeZone}>
      <SiteHeader labels={staffHeaderLabels()}>
        <UserBadge />
      </SiteHeader>
      {user && <StaffNav label={t("label")} items={items} />}
      {demo && <DemoBanner />}
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
