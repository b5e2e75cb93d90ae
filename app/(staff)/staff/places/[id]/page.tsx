import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlaceForm } from "@/app/(staff)/staff/places/place-form";
import { PublicationBadge } from "@/components/staff/record-header";
import { RecordPage } from "@/components/staff/record-page";
import { proposedValues, shownValues } from "@/lib/records/review";
import { requireStaff } from "@/lib/auth/session";
import { mayChangeRecord } from "@/lib/data/offices";
import { getPlace } from "@/lib/kinds/place/staff";
import { staffText, staffCountryOptions } from "@/lib/i18n/staff";
import { routeId } from "@/lib/validation/lists";
import { placeFormValues } from "@/lib/kinds/place/definition";
import { staffPick } from "@/lib/records/staff-names";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.place"));

export default async function PlacePage({ params, searchParams }: PageProps<"/staff/places/[id]">) {
  const { id: raw } = await params;
  const user = await requireStaff("viewer", `/staff/places/${raw}`);
  const id = routeId(raw);
  const place = id ? await getPlace({ id }) : null;
  if (!id || !place) notFound();
  const t = staffText("Places");
  // An editor of another office reads it only (lib/records/offices.ts).
  const canEdit = await mayChangeRecord(user, "place", id);
  const published = place.meta.publication === "published";
  const current = { ...placeFormValues(place.fields), id: String(id), version: String(place.meta.version) };
  // A change waiting for review is what the form shows (and edits further); the page lists what it changes.
  const proposal = await proposedValues({ kind: "place", id });
  return (
    <RecordPage
      proposal={proposal && { current, proposed: proposal }}
      notice={(await searchParams).notice}
      compare={(await searchParams).compare}
      kind="place"
      title={staffPick(place.fields.nameEn, place.fields.nameZh)}
      meta={place.meta}
      publicHref={published ? `/en/cities/${place.fields.slug}` : null}
      notPublicReason={published ? null : t("notPublicDraft")}
      canEdit={canEdit}
    >
      <PlaceForm mode="edit" countryOptions={staffCountryOptions()} readOnly={!canEdit || !!place.meta.archivedAt} defaults={shownValues(current, proposal)} />
      <section aria-labelledby="used-by" className="mt-10">
        <h2 id="used-by" className="text-lg font-semibold text-slate-800">{t("usedBy")}</h2>
        {place.partnerships.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("usedByNone")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {place.partnerships.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/staff/partnerships/${p.id}`} className="text-brand-700 underline">{p.label}</Link>
                <PublicationBadge publication={p.publication} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </RecordPage>
  );
}
