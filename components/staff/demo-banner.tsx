import { staffText } from "@/lib/i18n/staff";

/** On every staff page while signed in with a demo account: its password is public, so nothing here is private. */
export function DemoBanner() {
  const t = staffText("Demo");
  return (
    <section aria-labelledby="demo-banner-title" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <div className="mx-auto max-w-6xl px-4 py-3">
        <h2 id="demo-banner-title" className="font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm">{t("body")}</p>
      </div>
    </section>
  );
}
