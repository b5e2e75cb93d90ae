import Link from "next/link";
import type { RecordMeta } from "@/lib/records/meta";
import { staffText, staffTime } from "@/lib/i18n/staff";

export function PublicationBadge({ publication, archived }: { publication: "draft" | "published"; archived?: boolean }) {
  const t = staffText("Common");
  if (archived) return <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-800">{t("archived")}</span>;
  return publication === "published" ? (
    <span className="rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">{t("published")}</span>
  ) : (
    <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{t("draft")}</span>
  );
}

/**
 * The top of a record's page: what it is, its state, who made and last changed it, and where the public sees it
 * (or why it doesn't yet).
 */
export function RecordHeader({
  kindLabel,
  title,
  meta,
  publicHref,
  notPublicReason,
  back,
}: {
  kindLabel: string;
  title: string;
  meta: RecordMeta;
  publicHref?: string | null;
  notPublicReason?: string | null;
  back: { href: string; label: string };
}) {
  const t = staffText("Common");
  return (
    <header className="mb-6">
      <p className="text-sm">
        <Link href={back.href} className="text-brand-700 underline">
          {back.label}
        </Link>
      </p>
      <p className="mt-3 text-sm font-medium uppercase tracking-wide text-slate-600">{kindLabel}</p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
        <PublicationBadge publication={meta.publication} archived={!!meta.archivedAt} />
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {t("created", { name: meta.createdBy ?? t("nobody"), time: staffTime(meta.createdAt) })} ·{" "}
        {t("changed", { name: meta.updatedBy ?? t("nobody"), time: staffTime(meta.updatedAt) })} · {t("version", { version: meta.version })}
      </p>
      {meta.archivedAt ? (
        <p className="mt-2 text-sm text-slate-700">{t("archivedNote")}</p>
      ) : publicHref ? (
        <p className="mt-2 text-sm">
          <a href={publicHref} className="text-brand-700 underline">
            {t("viewPublic")}
          </a>
        </p>
      ) : notPublicReason ? (
        <p className="mt-2 text-sm text-slate-700">{t("notPublic", { reason: notPublicReason })}</p>
      ) : null}
    </header>
  );
}
