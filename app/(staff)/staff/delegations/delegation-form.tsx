"use client";

import { htmlLang } from "@/lib/i18n/content";
import type { DelegationField } from "@/lib/kinds/delegation/validation";
import { createDelegationAction, updateDelegationAction } from "@/app/(staff)/staff/delegations/actions";
import { Checkbox, Field, Select, TextArea } from "@/components/ui/field";
import { commonCurrencies, delegationDirections } from "@/lib/enums";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { LinkedPartnershipsPicker, type PickerSearch } from "@/components/staff/partnership-picker";
import { resultKey } from "@/components/staff/result-key";
import { RowsEditor, rowsFrom, type RowField } from "@/components/staff/rows-editor";

export function DelegationForm({ mode, defaults, picker, readOnly = false }: RecordFormProps & { picker: PickerSearch }) {
  const { state, action, f, optional, t, common, enums, labels } = useRecordForm<DelegationField>("Delegations", mode, { create: createDelegationAction, update: updateDelegationAction }, defaults);
  const enterpriseFields: RowField[] = [
    { key: "nameEn", label: t("enterpriseName") },
    { key: "nameZh", label: t("enterpriseNameZh"), lang: htmlLang.zh },
    { key: "dealAmount", label: t("enterpriseAmount"), inputMode: "decimal" },
    { key: "dealCurrency", label: t("enterpriseCurrency") },
    { key: "note", label: t("enterpriseNote"), className: "md:col-span-2" },
  ];
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/delegations/${defaults.id}`} readOnly={readOnly} labelOf={labels({ enterprises: { row: (n) => t("enterprise", { n }), fields: enterpriseFields } })}>
      <datalist id="currencies">
        {commonCurrencies.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t("fields.titleEn")} {...f.text("titleEn")} required autoComplete="off" />
        <Field label={t("fields.titleZh")} note={optional} lang={htmlLang.zh} {...f.text("titleZh")} autoComplete="off" />
        <Checkbox label={t("fields.titleDescriptive")} {...f.checkbox("titleDescriptive")} className="md:col-span-2" />
        <Select label={t("fields.direction")} options={delegationDirections.map((d) => ({ value: d, label: enums(`directions.${d}`) }))} {...f.text("direction")} required />
        <Field label={t("fields.slug")} note={optional} {...f.text("slug")} autoComplete="off" />
        <Field label={t("fields.starts")} hint={common("dateHint")} {...f.text("starts")} required autoComplete="off" />
        <Field label={t("fields.ends")} note={optional} hint={common("dayHint")} {...f.text("ends")} autoComplete="off" />
        <Field label={t("fields.leaderName")} note={optional} {...f.text("leaderName")} autoComplete="off" />
        <Field label={t("fields.leaderOffice")} note={optional} {...f.text("leaderOffice")} autoComplete="off" />
        <Field label={t("fields.size")} note={optional} inputMode="numeric" {...f.text("size")} />
        <Field label={t("fields.enterpriseCount")} note={optional} inputMode="numeric" {...f.text("enterpriseCount")} />
        <Field label={t("fields.destinationEn")} note={optional} {...f.text("destinationEn")} autoComplete="off" />
        <Field label={t("fields.destinationZh")} note={optional} lang={htmlLang.zh} {...f.text("destinationZh")} autoComplete="off" />
        <TextArea label={t("fields.purposeEn")} note={optional} {...f.text("purposeEn")} />
        <TextArea label={t("fields.purposeZh")} note={optional} lang={htmlLang.zh} {...f.text("purposeZh")} />
        <TextArea label={t("fields.outcomesEn")} note={optional} {...f.text("outcomesEn")} />
        <TextArea label={t("fields.outcomesZh")} note={optional} lang={htmlLang.zh} {...f.text("outcomesZh")} />
        <Field label={t("fields.dealAmount")} note={optional} hint={t("moneyHint")} inputMode="decimal" {...f.text("dealAmount")} autoComplete="off" />
        <Field label={t("fields.dealCurrency")} note={optional} hint={t("currencyHint")} list="currencies" {...f.text("dealCurrency")} autoComplete="off" />
      </fieldset>
      <LinkedPartnershipsPicker key={`picker-${resultKey(state)}`} t={t} search={picker} selected={f.list("partnershipIds")} errors={f.errors("partnershipIds")} disabled={readOnly} />
      <RowsEditor
        key={`enterprises-${resultKey(state)}`}
        name="enterprises"
        legend={t("enterprisesLegend")}
        hint={t("enterprisesHint")}
        fields={enterpriseFields}
        initial={rowsFrom(f.values, "enterprises", enterpriseFields)}
        errors={f.errors}
        spare={readOnly || state.values ? 0 : 1}
        addLabel={t("enterpriseAdd")}
        removeLabel={(n) => t("enterpriseRemove", { n })}
        rowLabel={(n) => t("enterprise", { n })}
        disabled={readOnly}
      />
    </RecordForm>
  );
}
