"use client";

import { htmlLang } from "@/lib/i18n/content";
import type { AgreementField } from "@/lib/kinds/agreement/validation";
import { useState } from "react";
import { createAgreementAction, updateAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { Checkbox, Field, Select, TextArea } from "@/components/ui/field";
import { PartnershipPicker, type PickerOption, type PickerSearch } from "@/components/staff/partnership-picker";
import { agreementKinds, agreementStatuses, partnershipStatuses, signatorySides } from "@/lib/enums";
import { valueOf } from "@/lib/forms";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { resultKey } from "@/components/staff/result-key";
import { RowsEditor, rowsFrom, type RowField } from "@/components/staff/rows-editor";

export function AgreementForm({ mode, defaults, picker, readOnly = false }: RecordFormProps & { picker: PickerSearch }) {
  const { state, action, f, optional, t, common, enums, labels } = useRecordForm<AgreementField>("Agreements", mode, { create: createAgreementAction, update: updateAgreementAction }, defaults);
  // The chosen partnership, for its stage (the picker names it; the page named the one the form opened with).
  const [current, setCurrent] = useState<PickerOption | undefined>(() => picker.known.find((p) => String(p.id) === valueOf(f.values, "partnershipId")));
  const signatoryFields: RowField[] = [
    { key: "name", label: t("signatoryName"), required: true },
    { key: "nameZh", label: t("signatoryNameZh"), note: optional, lang: htmlLang.zh },
    // Needed as soon as the row names someone: said here, not only after a save comes back with its error.
    { key: "office", label: t("signatoryOffice"), required: true, hint: t("signatoryOfficeHint") },
    { key: "officeZh", label: t("signatoryOfficeZh"), note: optional, lang: htmlLang.zh },
    { key: "side", label: t("signatorySide"), options: signatorySides.map((s) => ({ value: s, label: enums(`sides.${s}`) })) },
  ];
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/agreements/${defaults.id}`} readOnly={readOnly} labelOf={labels({ signatories: { row: (n) => t("signatory", { n }), fields: signatoryFields } })}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <PartnershipPicker
            key={`picker-${resultKey(state)}`}
            name="partnershipId"
            multiple={false}
            legend={t("fields.partnershipId")}
            selected={f.list("partnershipId")}
            search={picker}
            errors={f.errors("partnershipId")}
            disabled={readOnly}
            onChange={([option]) => setCurrent(option)}
          />
        </div>
        <Field label={t("fields.titleEn")} {...f.text("titleEn")} required autoComplete="off" />
        <Field label={t("fields.titleZh")} note={optional} lang={htmlLang.zh} {...f.text("titleZh")} autoComplete="off" />
        <Checkbox label={t("fields.titleDescriptive")} {...f.checkbox("titleDescriptive")} className="md:col-span-2" />
        <Select label={t("fields.kind")} options={agreementKinds.map((k) => ({ value: k, label: enums(`agreementKinds.${k}`) }))} {...f.text("kind")} required />
        <Select label={t("fields.status")} options={agreementStatuses.map((s) => ({ value: s, label: enums(`agreementStatuses.${s}`) }))} {...f.text("status")} required />
        <Field label={t("fields.signed")} hint={common("dateHint")} {...f.text("signed")} autoComplete="off" />
        <Field label={t("fields.expires")} note={optional} hint={common("dayHint")} {...f.text("expires")} autoComplete="off" />
        <Field label={t("fields.signedPlaceEn")} note={optional} {...f.text("signedPlaceEn")} autoComplete="off" />
        <Field label={t("fields.signedPlaceZh")} note={optional} lang={htmlLang.zh} {...f.text("signedPlaceZh")} autoComplete="off" />
        <TextArea label={t("fields.summaryEn")} note={optional} {...f.text("summaryEn")} />
        <TextArea label={t("fields.summaryZh")} note={optional} lang={htmlLang.zh} {...f.text("summaryZh")} />
      </fieldset>
      <RowsEditor
        key={`signatories-${resultKey(state)}`}
        name="signatories"
        legend={t("signatoriesLegend")}
        hint={t("signatoriesHint")}
        fields={signatoryFields}
        initial={rowsFrom(f.values, "signatories", signatoryFields)}
        errors={f.errors}
        // A new agreement starts with one row for each side.
        spare={readOnly || state.values ? 0 : mode === "create" ? 2 : 1}
        defaults={(i) => ({ side: i % 2 === 0 ? "home" : "partner" })}
        addLabel={t("signatoryAdd")}
        removeLabel={(n) => t("signatoryRemove", { n })}
        rowLabel={(n) => t("signatory", { n })}
        disabled={readOnly}
      />
      <fieldset disabled={readOnly} className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-semibold text-slate-800">{t("stageLegend")}</legend>
        <p className="text-sm text-slate-600">{t("stageHint")}</p>
        {current && <p className="mt-2 text-sm text-slate-800">{t("stageNow", { stage: enums(`partnershipStatuses.${current.status as (typeof partnershipStatuses)[number]}`) })}</p>}
        <input type="hidden" name="partnershipStageSeen" value={current ? `${current.id}:${current.status}` : ""} />
        <Select
          label={t("fields.partnershipStatus")}
          placeholder={t("stageKeep")}
          options={partnershipStatuses.map((s) => ({ value: s, label: enums(`partnershipStatuses.${s}`) }))}
          {...f.text("partnershipStatus")}
          className="mt-3 max-w-sm"
        />
      </fieldset>
    </RecordForm>
  );
}
