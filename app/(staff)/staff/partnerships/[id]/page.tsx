import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dateAt } from "@/components/staff/date-at";
import { PartnershipForm } from "@/app/(staff)/staff/partnerships/partnership-form";
import { PublicationBadge } from "@/components/staff/record-header";
import { AttachmentsSection } from "@/components/staff/attachments";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { getPartnership, type AttachedItem } from "@/lib/kinds/partnership/staff";
import { listPlaceOptions } from "@/lib/kinds/place/staff";
import { staffText } from "@/lib/i18n/staff";
import { routeId } from "@/lib/validation/lists";
import { partnershipFormValues } from "@/lib/kinds/partnership/definition";
import { buttonClass } from "@/components/ui/button";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.partnership"));

export default async function PartnershipPage({ params, searchParams }: PageProps<"/staff/partnerships/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/partnerships/${raw}`);
  const id = routeId(raw);
  const partnership = id ? await getPartnership({ id }) : null;
  if (!id || !partnership) notFound();
  const places = await listPlaceOptions();
  const t = staffText("Partnerships");
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "partnership", id);
  const { meta } = partnership;
  const archived = !!meta.archivedAt;
  const draftPlaces = [partnership.home, partnership.partner].filter((p) => p.publication === "draft");
  const visible = meta.publication === "published" && draftPlaces.length === 0;
  const current = { ...partnershipFormValues(partnership.fields), id: String(id), version: String(meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "partnership", id });
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={(await searchParams).notice}
      compare={(await searchParams).compare}
      kind="partnership"
      title={partnership.label}
      meta={meta}
      publicHref={visible ? `/en/partners/${partnership.fields.slug}` : null}
      notPublicReason={
        meta.publication === "draft" ? t("notPublicDraft") : t("notPublicPlaces", { places: draftPlaces.map((p) => p.nameEn).join(", "), count: draftPlaces.length })
      }
      canEdit={canEdit}
    >
      <section aria-labelledby="attached" className="mb-10">
        <h2 id="attached" className="text-lg font-semibold text-slate-800">{t("attached")}</h2>
        {canEdit && !archived && (
          <p className="mt-3 flex flex-wrap gap-3">
            <Link href={`/staff/agreements/new?partnership=${id}`} className={buttonClass.primary}>{t("recordAgreement")}</Link>
            <Link href={`/staff/delegations/new?partnership=${id}`} className={buttonClass.secondary}>{t("recordDelegation")}</Link>
            <Link href={`/staff/events/new?partnership=${id}`} className={buttonClass.secondary}>{t("recordEvent")}</Link>
          </p>
        )}
        <div className="mt-4 grid gap-6 md:grid-cols-3">
          <Attached title={t("agreements")} empty={t("noneAgreements")} items={partnership.agreements} href={(i) => `/staff/agreements/${i}`} />
          <Attached title={t("delegations")} empty={t("noneDelegations")} items={partnership.delegations} href={(i) => `/staff/delegations/${i}`} />
          <Attached title={t("events")} empty={t("noneEvents")} items={partnership.events} href={(i) => `/staff/events/${i}`} />
        </div>
      </section>
      <PartnershipForm
        mode="edit"
        places={places}
        readOnly={!canEdit || archived}
        defaults={shownValues(current, proposal)}
      />
      <AttachmentsSection owner={{ kind: "partnership", id }} user={user} canEdit={canEdit && !archived} />
    </RecordPage>
  );
}

function Attached({ title, empty, items, href }: { title: string; empty: string; items: AttachedItem[]; href: (id: number) => string }) {
  return (
    <div>
      <h3 className="font-medium text-slate-800">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={href(item.id)} className="text-brand-700 underline">{item.title}</Link>{" "}
              <span className="text-slate-600">{dateAt(item.date, item.precision)}</span> <PublicationBadge publication={item.publication} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
