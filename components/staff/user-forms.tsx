"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeOfficeAction, changeRoleAction, createUserAction, resetPasswordAction, setActiveAction, unlockSignInAction } from "@/app/(staff)/staff/users/actions";
import { Field, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { userRoles } from "@/lib/enums";
import { initialFormResult, type FormResult } from "@/lib/forms";
import { useStaffLocaleOptions } from "./account-form";
import { formFields } from "./form-fields";
import { FormStatus } from "./form-status";

/** How the error summary names an account's field: its label. */
function useAccountLabels() {
  const t = useTranslations("Users");
  return (name: string) => (t.has(`fields.${name}`) ? t(`fields.${name}`) : undefined);
}

function useRoleOptions() {
  const enums = useTranslations("Enums");
  return userRoles.map((r) => ({ value: r, label: enums(`roles.${r}`) }));
}

type Option = { value: string; label: string };

/** `offices`: those the administrator may give (theirs alone, unless of the top office), the first chosen. */
export function NewUserForm({ offices }: { offices: Option[] }) {
  const t = useTranslations("Users");
  const common = useTranslations("Common");
  const [state, action] = useActionState(createUserAction, initialFormResult);
  // The office's own staff work in Chinese: new accounts do, unless the admin chooses English.
  const f = formFields(state, { role: "editor", locale: "zh", officePlaceId: offices[0]?.value ?? "" });
  const labelOf = useAccountLabels();
  return (
    <form action={action} noValidate className="flex max-w-lg flex-col gap-4">
      <FormStatus state={state} labelOf={labelOf} />
      <Field label={t("fields.name")} {...f.text("name")} required autoComplete="off" />
      <Field label={t("fields.email")} type="email" {...f.text("email")} required autoComplete="off" />
      <Select label={t("fields.role")} options={useRoleOptions()} {...f.text("role")} required />
      <Select label={t("fields.officePlaceId")} hint={t("officeHint")} options={offices} {...f.text("officePlaceId")} required />
      <Select label={t("fields.locale")} hint={t("localeHint")} options={useStaffLocaleOptions()} {...f.text("locale")} required />
      <Field label={t("fields.password")} hint={t("passwordHint")} type="password" name="password" errors={f.errors("password")} required autoComplete="new-password" />
      <div>
        <SubmitButton label={common("create")} pendingLabel={common("creating")} />
      </div>
    </form>
  );
}

/**
 * One change to an account, as a form on its page: its answer, the account's id and the version the page was opened
 * on (which every change sends, so that another admin's change made meanwhile is never undone), its own fields, and
 * its button.
 */
function AccountForm({
  id,
  version,
  change,
  submit,
  variant = "secondary",
  children,
}: {
  id: number;
  version: number;
  change: (previous: FormResult, formData: FormData) => Promise<FormResult>;
  submit: string;
  variant?: "secondary" | "danger";
  children: (state: FormResult) => React.ReactNode;
}) {
  const [state, action] = useActionState(change, initialFormResult);
  const labelOf = useAccountLabels();
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} currentHref={`/staff/users/${id}`} labelOf={labelOf} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {children(state)}
      <div>
        <SubmitButton label={submit} pendingLabel={submit} variant={variant} />
      </div>
    </form>
  );
}

export function RoleForm({ id, version, role }: { id: number; version: number; role: string }) {
  const t = useTranslations("Users");
  const options = useRoleOptions();
  return (
    <AccountForm id={id} version={version} change={changeRoleAction} submit={t("roleSave")}>
      {(state) => <Select label={t("fields.role")} hint={t("roleHint")} options={options} {...formFields(state, { role }).text("role")} className="max-w-sm" />}
    </AccountForm>
  );
}

export function OfficeForm({ id, version, officePlaceId, offices }: { id: number; version: number; officePlaceId: number | null; offices: Option[] }) {
  const t = useTranslations("Users");
  return (
    <AccountForm id={id} version={version} change={changeOfficeAction} submit={t("officeSave")}>
      {(state) => (
        <Select
          label={t("fields.officePlaceId")}
          hint={t("officeHint")}
          options={offices}
          {...formFields(state, { officePlaceId: officePlaceId === null ? "" : String(officePlaceId) }).text("officePlaceId")}
          className="max-w-sm"
        />
      )}
    </AccountForm>
  );
}

export function ActiveForm({ id, version, active }: { id: number; version: number; active: boolean }) {
  const t = useTranslations("Users");
  return (
    <AccountForm id={id} version={version} change={setActiveAction} submit={active ? t("deactivate") : t("reactivate")} variant={active ? "danger" : "secondary"}>
      {() => (
        <>
          <input type="hidden" name="active" value={active ? "false" : "true"} />
          <p className="text-sm text-slate-700">{active ? t("deactivateHint") : t("reactivateHint")}</p>
        </>
      )}
    </AccountForm>
  );
}

export function PasswordForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations("Users");
  return (
    <AccountForm id={id} version={version} change={resetPasswordAction} submit={t("passwordSave")}>
      {(state) => (
        <>
          <p className="text-sm text-slate-700">{t("passwordResetHint")}</p>
          <Field label={t("fields.password")} hint={t("passwordHint")} type="password" name="password" errors={state.fieldErrors?.password} autoComplete="new-password" className="max-w-sm" />
        </>
      )}
    </AccountForm>
  );
}

export function UnlockForm({ id, version, locks }: { id: number; version: number; locks: number }) {
  const t = useTranslations("Users");
  return (
    <AccountForm id={id} version={version} change={unlockSignInAction} submit={t("unlock")}>
      {() => (
        <>
          <p className="text-sm text-slate-700">{t("signInLocked", { count: locks })}</p>
          <p className="text-sm text-slate-700">{t("signInHint")}</p>
        </>
      )}
    </AccountForm>
  );
}
