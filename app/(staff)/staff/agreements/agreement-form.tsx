"use client";

import { htmlLang } from "@/lib/i18n/content";
import type { AgreementField } from "@/lib/kinds/agreement/validation";
import type { PartnershipOption } from "@/lib/kinds/partnership/staff";
import { useState } from "react";
import { createAgreementAction, updateAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { Checkbox, Field, Select, TextArea } from "@/components/ui/field";
import { agreementKinds, agreementStatuses, partnershipStatuses, signatorySides } from "@/lib/enums";
import { valueOf } from "@/lib/forms";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { resultKey } from "@/components/staff/result-key";
import { RowsEditor, rowsFrom, type RowField } from "@/components/staff/rows-editor";

/** A partnership to record the agreement under, grouped by its Shandong side; its stage, for the stage move. */
type PartnershipChoice = Pick<PartnershipOption, "id" | "label" | "homeName" | "status">;

/** Options grouped by the Shandong side, as staff think of them. */
function partnershipGroups(options: PartnershipChoice[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const o of options) groups.set(o.homeName, [...(groups.get(o.homeName) ?? []), { value: String(o.id), label: o.label }]);
  return [...groups].map(([label, list]) => ({ label, options: list }));
}

export function AgreementForm({ mode, defaults, partnerships, readOnly = false }: RecordFormProps & { partnerships: PartnershipChoice[]; }) {
  const { state, action, f, optional, t, common, enums } = useRecordForm<AgreementField>("Agreements", mode, { create: createAgreementAction, update: updateAgreementAction }, defaults);
  const [chosen, setChosen] = useState(() => valueOf(f.values, "partnershipId") ?? "");
  const current = partnerships.find((p) => String(p.id) === chosen);
  const signatoryFields: RowField[] = [
    { key: "name", label: t("signatoryName") },
    { key: "nameZh", label: t("signatoryNameZh"), lang: htmlLang.zh },
    { key: "office", label: t("signatoryOffice") },
    { key: "officeZh", label: t("signatoryOfficeZh"), lang: htmlLang.zh },
    { key: "side", label: t("signatorySide"), options: signatorySides.map((s) => ({ value: s, label: enums(`sides.${s}`) })) },
  ];
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/agreements/${defaults.id}`} readOnly={readOnly}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Select
          label={t("fields.partnershipId")}
          placeholder={t("choosePartnership")}
          groups={partnershipGroups(partnerships)}
          {...f.text("partnershipId")}
          onChange={(e) => setChosen(e.target.value)}
          required
          className="md:col-span-2"
        />
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
