import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { canEditContent, canManageUsers, roleLabels } from "@/lib/auth/roles";
import { countRecords } from "@/lib/data/dashboard";

export const metadata: Metadata = { title: "Staff dashboard", robots: { index: false } };

const kindLabels = {
  places: "Places",
  partnerships: "Partnerships",
  agreements: "Agreements",
  delegations: "Delegations",
  events: "Events",
} as const;

export default async function StaffDashboardPage() {
  const user = await requireStaff("viewer", "/staff");
  const counts = await countRecords();
  return (
    <>
      <h1 className="text-2xl font-semibold text-brand-800">Dashboard</h1>
      <p className="mt-2 text-slate-700">
        Signed in as <strong>{user.name}</strong> ({user.email}), role: <strong>{roleLabels[user.role]}</strong>.
      </p>
      <p className="mt-1 text-slate-700">
        {canManageUsers(user)
          ? "You can create, edit and publish content, and manage staff accounts."
          : canEditContent(user)
            ? "You can create, edit and publish content."
            : "Your role is read-only: you can see everything in the staff area, drafts included, and change nothing."}
      </p>
      <h2 className="mt-8 text-lg font-semibold text-slate-800">Records</h2>
      <table className="mt-2 w-full max-w-lg text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Kind</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Total</th>
            <th scope="col" className="py-2 text-right font-medium">Drafts</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.kind} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-4 font-normal">{kindLabels[c.kind]}</th>
              <td className="py-2 pr-4 text-right tabular-nums">{c.total}</td>
              <td className="py-2 text-right tabular-nums">{c.drafts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canManageUsers(user) && (
        <p className="mt-8">
          <Link href="/staff/users" className="text-brand-700 underline">
            Staff accounts
          </Link>
        </p>
      )}
    </>
  );
}
