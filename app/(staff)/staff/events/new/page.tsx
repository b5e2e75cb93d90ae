import type { Metadata } from "next";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { EventForm } from "@/app/(staff)/staff/events/event-form";
import { requireStaff } from "@/lib/auth/session";
import { listPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";
import { officeTimeZone } from "@/lib/office-clock";

export const metadata: Metadata = { title: "New event", robots: { index: false } };

export default async function NewEventPage({ searchParams }: PageProps<"/staff/events/new">) {
  await requireStaff("editor", "/staff/events/new");
  const partnership = lenientId.parse((await searchParams).partnership);
  const partnerships = await listPartnershipOptions();
  const chosen = partnerships.find((p) => p.id === partnership);
  const t = staffText("Events");
  return (
    <NewRecordPage back={chosen ? { href: `/staff/partnerships/${chosen.id}`, label: chosen.label } : { href: "/staff/events", label: t("title") }} title={t("newTitle")}>
      <EventForm mode="create" partnerships={partnerships} defaults={{ kind: "conference", timeZone: officeTimeZone, partnershipIds: chosen ? [String(chosen.id)] : [] }} />
    </NewRecordPage>
  );
}
