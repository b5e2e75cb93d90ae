import type { Metadata } from "next";
import { NewRecordPage } from "@/components/staff/new-record-page";
import { DelegationForm } from "@/app/(staff)/staff/delegations/delegation-form";
import { requireStaff } from "@/lib/auth/session";
import { listPartnershipOptions } from "@/lib/kinds/partnership/staff";
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
    <NewRecordPage back={chosen ? { href: `/staff/partnerships/${chosen.id}`, label: chosen.label } : { href: "/staff/delegations", label: t("title") }} title={t("newTitle")}>
      <DelegationForm mode="create" partnerships={partnerships} defaults={{ direction: "incoming", partnershipIds: chosen ? [String(chosen.id)] : [] }} />
    </NewRecordPage>
  );
}
