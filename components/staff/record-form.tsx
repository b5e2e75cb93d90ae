"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult, type FormResult, type FormValues } from "@/lib/forms";
import type { StaffNamespace } from "@/lib/i18n/staff";
import type { FieldLabeler } from "./error-summary";
import { formFields } from "./form-fields";
import { FormStatus } from "./form-status";

type Action = (previous: FormResult, formData: FormData) => Promise<FormResult>;

/** What every record form is given: create or edit, the values it opens with, and whether it may be changed. */
export interface RecordFormProps {
  mode: "create" | "edit";
  defaults: FormValues;
  readOnly?: boolean;
}

/** A form's repeated rows as the error summary names them: a row ("Signatory 2") and its fields' labels, by list. */
export type RowLabels = Record<string, { row: (n: number) => string; fields: { key: string; label: string }[] }>;

/**
 * A record's create-or-edit form state: the action for its mode, the fields' props (what was typed, errors) typed by
 * the kind's field names, and the words of its catalogue namespace.
 */
export function useRecordForm<Field extends string>(
  namespace: StaffNamespace,
  mode: "create" | "edit",
  actions: { create: Action; update: Action },
  defaults: FormValues,
) {
  const [state, action] = useActionState(mode === "create" ? actions.create : actions.update, initialFormResult);
  const t = useTranslations(namespace);
  const common = useTranslations("Common");
  const enums = useTranslations("Enums");
  /** How the error summary names a field: its label in the namespace's "fields", or its row's and its own (see RowLabels). */
  const labels =
    (rows: RowLabels = {}): FieldLabeler =>
    (name) => {
      const [list, index, key] = name.split(".");
      if (key === undefined) return t.has(`fields.${name}`) ? t(`fields.${name}`) : undefined;
      const row = rows[list!];
      const field = row?.fields.find((f) => f.key === key);
      return row && field ? common("rowField", { row: row.row(Number(index) + 1), field: field.label }) : undefined;
    };
  return { state, action, f: formFields<Field>(state, defaults), optional: common("optional"), t, common, enums, labels };
}

/**
 * The frame of every record form: its answer (errors, conflicts) at the top, the record's id and the version it was
 * opened on, the fields, and the button that says what it does.
 */
export function RecordForm({
  mode,
  state,
  action,
  values,
  currentHref,
  readOnly,
  labelOf,
  children,
}: {
  mode: "create" | "edit";
  state: FormResult;
  action: (formData: FormData) => void;
  values: Partial<FormValues>;
  currentHref: string;
  readOnly: boolean;
  /** How the error summary names a field (useRecordForm's `labels`). */
  labelOf: FieldLabeler;
  children: React.ReactNode;
}) {
  const common = useTranslations("Common");
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormStatus state={state} currentHref={mode === "edit" ? currentHref : undefined} labelOf={labelOf} />
      {mode === "edit" && (
        <>
          <input type="hidden" name="id" value={String(values.id ?? "")} />
          <input type="hidden" name="version" value={String(values.version ?? "")} />
        </>
      )}
      {children}
      {!readOnly &&
        (mode === "create" ? (
          // Two ways to finish: a draft, or a draft submitted for review at once (lib/actions.ts, saveRecord). The first
          // is the form's default button (Enter in a field presses it).
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap gap-3">
              <SubmitButton name="intent" value="create" label={common("create")} pendingLabel={common("creating")} aria-describedby="create-hint" />
              <SubmitButton name="intent" value="submit" label={common("createAndSubmit")} pendingLabel={common("creatingAndSubmitting")} variant="secondary" aria-describedby="create-hint" />
            </div>
            <p id="create-hint" className="text-sm text-slate-600">
              {common("createHint")}
            </p>
          </div>
        ) : (
          <div>
            <SubmitButton label={common("save")} pendingLabel={common("saving")} />
          </div>
        ))}
    </form>
  );
}
