import type { Metadata } from "next";
import { roleLabels } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "Staff accounts", robots: { index: false } };

export default async function UsersPage() {
  await requireStaff("admin", "/staff/users");
  const list = await listUsers();
  const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <>
      <h1 className="text-2xl font-semibold text-brand-800">Staff accounts</h1>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Name</th>
              <th scope="col" className="py-2 pr-4 font-medium">Email</th>
              <th scope="col" className="py-2 pr-4 font-medium">Role</th>
              <th scope="col" className="py-2 pr-4 font-medium">Status</th>
              <th scope="col" className="py-2 font-medium">Last sign-in (Beijing time)</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">{u.name}</td>
                <td className="py-2 pr-4">{u.email}</td>
                <td className="py-2 pr-4">{roleLabels[u.role]}</td>
                <td className="py-2 pr-4">{u.active ? "Active" : "Deactivated"}</td>
                <td className="py-2">{u.lastSignInAt ? dateTime.format(u.lastSignInAt) : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
