import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/staff/notice";
import { RecordHistory } from "@/components/staff/record-history";
import { ActiveForm, OfficeForm, PasswordForm, RoleForm, UnlockForm } from "@/components/staff/user-forms";
import { officeLabelOf, officeOptions } from "@/components/staff/offices";
import { listOffices } from "@/lib/data/offices";
import { requireStaff } from "@/lib/auth/session";
import { listRecordHistory } from "@/lib/records/audit";
import { getSignInLocks } from "@/lib/data/sign-in";
import { getUser } from "@/lib/data/users";
import { staffMessages, staffText, staffTime } from "@/lib/i18n/staff";
import { routeId } from "@/lib/validation/lists";

export const generateMetadata = () => staffMetadata(() => staffText("Enums")("entityTypes.user"));

export default async function UserPage({ params, searchParams }: PageProps<"/staff/users/[id]">) {
  const { id: raw } = await params;
  const me = await requireStaff("admin", `/staff/users/${raw}`);
  const id = routeId(raw);
  const user = id ? await getUser({ id }) : null;
  if (!id || !user) notFound();
  const [history, locks, offices] = await Promise.all([listRecordHistory({ entityType: "user", entityId: id }), getSignInLocks({ id }), listOffices()]);
  // An administrator manages their own office's accounts; the top office's, every account (lib/data/users.ts checks it).
  const manages = me.officePlaceId === null || me.officePlaceId === user?.officePlaceId;
  const t = staffText("Users");
  const enums = staffText("Enums");
  return (
    <>
      <Notice notice={(await searchParams).notice} />
      <p className="text-sm">
        <Link href="/staff/users" className="text-brand-700 underline">{t("title")}</Link>
      </p>
      <h1 className="mt-3 text-2xl font-semibold text-brand-800">{user.name}</h1>
      <p className="mt-1 text-slate-700">
        {user.email} · {enums(`roles.${user.role}`)} · {officeLabelOf(offices, user.officePlaceId)} · {user.active ? t("active") : t("deactivated")} · {t("colLastSignIn")}:{" "}
        {user.lastSignInAt ? staffTime(user.lastSignInAt) : t("never")}
      </p>
      {me.id === user.id && <p className="mt-1 text-sm text-slate-600">{t("self")}</p>}
      {manages ? (
        <div className="mt-8 grid gap-8 md:grid-cols-3">
          <section aria-labelledby="role" className="rounded-lg border border-slate-200 p-4">
            <h2 id="role" className="mb-3 font-semibold text-slate-800">{t("roleLegend")}</h2>
            <RoleForm id={id} version={user.version} role={user.role} />
          </section>
          <section aria-labelledby="access" className="rounded-lg border border-slate-200 p-4">
            <h2 id="access" className="mb-3 font-semibold text-slate-800">{t("activeLegend")}</h2>
            <ActiveForm id={id} version={user.version} active={user.active} />
          </section>
          <section aria-labelledby="password" className="rounded-lg border border-slate-200 p-4">
            <h2 id="password" className="mb-3 font-semibold text-slate-800">{t("passwordLegend")}</h2>
            <PasswordForm id={id} version={user.version} />
          </section>
          <section aria-labelledby="sign-in" className="rounded-lg border border-slate-200 p-4">
            <h2 id="sign-in" className="mb-3 font-semibold text-slate-800">{t("signInLegend")}</h2>
            <UnlockForm id={id} version={user.version} locks={locks} />
          </section>
          {me.officePlaceId === null && (
            <section aria-labelledby="office" className="rounded-lg border border-slate-200 p-4">
              <h2 id="office" className="mb-3 font-semibold text-slate-800">{t("officeLegend")}</h2>
              <OfficeForm id={id} version={user.version} officePlaceId={user.officePlaceId} offices={officeOptions(offices, me)} />
            </section>
          )}
        </div>
      ) : (
        <p className="mt-8 rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-700">{staffText("Messages")("otherOfficeAccount")}</p>
      )}
      <RecordHistory entries={history} labels={staffMessages.Users.fields} />
    </>
  );
}
