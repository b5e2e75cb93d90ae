import type { Metadata } from "next";
import Link from "next/link";
import { DelegationForm } from "@/components/staff/delegation-form";
import { requireStaff } from "@/lib/auth/session";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "New delegation", robots: { index: false } };

export default async function NewDelegationPage({ searchParams }: PageProps<"/staff/delegations/new">) {
  await requireStaff("editor", "/staff/delegations/new");
  const partnership = lenientId.parse((await searchParams).partnership);
  const partnerships = await listPartnershipOptions();
  const chosen = partnerships.find((p) => p.id === partnership);
  const t = staffText("Delegations");
  return (
    <>
      <p className="text-sm">
        {chosen ? (
          <Link href={`/staff/partnerships/${chosen.id}`} className="text-brand-700 underline">{chosen.label}</Link>
        ) : (
          <Link href="/staff/delegations" className="text-brand-700 underline">{t("title")}</Link>
        )}
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{t("newTitle")}</h1>
      <DelegationForm mode="create" partnerships={partnerships} defaults={{ direction: "incoming", partnershipIds: chosen ? [String(chosen.id)] : [] }} />
    </>
  );
}
