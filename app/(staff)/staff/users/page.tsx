import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { ExportLinks, ListCount, ListHeading } from "@/components/staff/list-controls";
import { Notice } from "@/components/staff/notice";
import { requireStaff } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { officeLabelOf } from "@/components/staff/offices";
import { listOffices } from "@/lib/data/offices";
import { staffText, staffTime } from "@/lib/i18n/staff";

export const generateMetadata = () => staffMetadata(() => staffText("Users")("title"));

export default async function UsersPage({ searchParams }: PageProps<"/staff/users">) {
  await requireStaff("admin", "/staff/users");
  const [list, offices] = await Promise.all([listUsers(), listOffices()]);
  const t = staffText("Users");
  const enums = staffText("Enums");
  return (
    <>
      <Notice notice={(await searchParams).notice} />
      <ListHeading title={t("title")} intro={t("intro")} newHref="/staff/users/new" newLabel={t("new")} />
      <ListCount text={t("results", { count: list.length })} exports={<ExportLinks path="/staff/users" query="" />} />
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">{t("colName")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("colEmail")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("colRole")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("colOffice")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("colStatus")}</th>
              <th scope="col" className="py-2 font-medium">{t("colLastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">
                  <Link href={`/staff/users/${u.id}`} className="font-medium text-brand-700 underline">{u.name}</Link>
                </td>
                <td className="py-2 pr-4">{u.email}</td>
                <td className="py-2 pr-4">{enums(`roles.${u.role}`)}</td>
                <td className="py-2 pr-4">{officeLabelOf(offices, u.officePlaceId)}</td>
                <td className="py-2 pr-4">{u.active ? t("active") : t("deactivated")}</td>
                <td className="py-2">{u.lastSignInAt ? staffTime(u.lastSignInAt) : t("never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
