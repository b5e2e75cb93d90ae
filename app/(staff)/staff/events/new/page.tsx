import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/staff/event-form";
import { requireStaff } from "@/lib/auth/session";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "New event", robots: { index: false } };

export default async function NewEventPage({ searchParams }: PageProps<"/staff/events/new">) {
  await requireStaff("editor", "/staff/events/new");
  const partnership = lenientId.parse((await searchParams).partnership);
  const partnerships = await listPartnershipOptions();
  const chosen = partnerships.find((p) => p.id === partnership);
  const t = staffText("Events");
  return (
    <>
      <p className="text-sm">
        {chosen ? (
          <Link href={`/staff/partnerships/${chosen.id}`} className="text-brand-700 underline">{chosen.label}</Link>
        ) : (
          <Link href="/staff/events" className="text-brand-700 underline">{t("title")}</Link>
        )}
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{t("newTitle")}</h1>
      <EventForm mode="create" partnerships={partnerships} defaults={{ kind: "conference", timeZone: "Asia/Shanghai", partnershipIds: chosen ? [String(chosen.id)] : [] }} />
    </>
  );
}
