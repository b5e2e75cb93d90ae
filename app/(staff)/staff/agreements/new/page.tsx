import type { Metadata } from "next";
import Link from "next/link";
import { AgreementForm } from "@/components/staff/agreement-form";
import { requireStaff } from "@/lib/auth/session";
import { listPartnershipOptions } from "@/lib/data/partnerships";
import { staffText } from "@/lib/i18n/staff";
import { lenientId } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Record an agreement", robots: { index: false } };

export default async function NewAgreementPage({ searchParams }: PageProps<"/staff/agreements/new">) {
  await requireStaff("editor", "/staff/agreements/new");
  // "Record agreement" on a partnership's page comes with that partnership chosen.
  const partnership = lenientId.parse((await searchParams).partnership);
  const partnerships = await listPartnershipOptions();
  const chosen = partnerships.find((p) => p.id === partnership);
  const t = staffText("Agreements");
  // After a signing ceremony the agreement is signed, today (the office's today, in Beijing).
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  return (
    <>
      <p className="text-sm">
        {chosen ? (
          <Link href={`/staff/partnerships/${chosen.id}`} className="text-brand-700 underline">{chosen.label}</Link>
        ) : (
          <Link href="/staff/agreements" className="text-brand-700 underline">{t("title")}</Link>
        )}
      </p>
      <h1 className="mb-6 mt-3 text-2xl font-semibold text-brand-800">{t("newTitle")}</h1>
      <AgreementForm
        mode="create"
        partnerships={partnerships}
        defaults={{ partnershipId: chosen ? String(chosen.id) : "", kind: "cooperation_agreement", status: "signed", signed: today }}
      />
    </>
  );
}
