"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction, unlockSignInAction } from "@/app/(staff)/staff/users/actions";
import { Field, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { userRoles } from "@/lib/enums";
import { initialFormResult } from "@/lib/forms";
import { formFields } from "./form-fields";
import { FormStatus } from "./form-status";

function useRoleOptions() {
  const enums = useTranslations("Enums");
  return userRoles.map((r) => ({ value: r, label: enums(`roles.${r}`) }));
}

export function NewUserForm() {
  const t = useTranslations("Users");
  const common = useTranslations("Common");
  const [state, action] = useActionState(createUserAction, initialFormResult);
  const f = formFields(state, { role: "editor" });
  return (
    <form action={action} noValidate className="flex max-w-lg flex-col gap-4">
      <FormStatus state={state} />
      <Field label={t("fields.name")} {...f.text("name")} required autoComplete="off" />
      <Field label={t("fields.email")} type="email" {...f.text("email")} required autoComplete="off" />
      <Select label={t("fields.role")} options={useRoleOptions()} {...f.text("role")} required />
      <Field label={t("fields.password")} hint={t("passwordHint")} type="password" name="password" errors={f.errors("password")} required autoComplete="new-password" />
      <div>
        <SubmitButton label={common("create")} pendingLabel={common("creating")} />
      </div>
    </form>
  );
}

/** The account's id and the version its page was opened on, which every change form sends. */
function Identity({ id, version }: { id: number; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function RoleForm({ id, version, role }: { id: number; version: number; role: string }) {
  const t = useTranslations("Users");
  const [state, action] = useActionState(changeRoleAction, initialFormResult);
  const f = formFields(state, { role });
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} currentHref={`/staff/users/${id}`} />
      <Identity id={id} version={version} />
      <Select label={t("fields.role")} hint={t("roleHint")} options={useRoleOptions()} {...f.text("role")} className="max-w-sm" />
      <div>
        <SubmitButton label={t("roleSave")} pendingLabel={t("roleSave")} variant="secondary" />
      </div>
    </form>
  );
}

export function ActiveForm({ id, version, active }: { id: number; version: number; active: boolean }) {
  const t = useTranslations("Users");
  const [state, action] = useActionState(setActiveAction, initialFormResult);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} currentHref={`/staff/users/${id}`} />
      <Identity id={id} version={version} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-sm text-slate-700">{active ? t("deactivateHint") : t("reactivateHint")}</p>
      <div>
        <SubmitButton label={active ? t("deactivate") : t("reactivate")} pendingLabel={active ? t("deactivate") : t("reactivate")} variant={active ? "danger" : "secondary"} />
      </div>
    </form>
  );
}

export function PasswordForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations("Users");
  const [state, action] = useActionState(resetPasswordAction, initialFormResult);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} currentHref={`/staff/users/${id}`} />
      <Identity id={id} version={version} />
      <p className="text-sm text-slate-700">{t("passwordResetHint")}</p>
      <Field label={t("fields.password")} hint={t("passwordHint")} type="password" name="password" errors={state.fieldErrors?.password} autoComplete="new-password" className="max-w-sm" />
      <div>
        <SubmitButton label={t("passwordSave")} pendingLabel={t("passwordSave")} variant="secondary" />
      </div>
    </form>
  );
}

export function UnlockForm({ id, version, locks }: { id: number; version: number; locks: number }) {
  const t = useTranslations("Users");
  const [state, action] = useActionState(unlockSignInAction, initialFormResult);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} currentHref={`/staff/users/${id}`} />
      <Identity id={id} version={version} />
      <p className="text-sm text-slate-700">{t("signInLocked", { count: locks })}</p>
      <p className="text-sm text-slate-700">{t("signInHint")}</p>
      <div>
        <SubmitButton label={t("unlock")} pendingLabel={t("unlock")} variant="secondary" />
      </div>
    </form>
  );
}
