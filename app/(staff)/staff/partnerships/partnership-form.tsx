"use client";

import { useLocale } from "next-intl";
import { htmlLang } from "@/lib/i18n/content";
import type { PartnershipField } from "@/lib/kinds/partnership/validation";
import { createPartnershipAction, updatePartnershipAction } from "@/app/(staff)/staff/partnerships/actions";
import { Checkbox, Field, Select, TextArea } from "@/components/ui/field";
import { partnershipStatuses, partnershipTypes, sourceKinds } from "@/lib/enums";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { resultKey } from "@/components/staff/result-key";
import { RowsEditor, rowsFrom, type RowField } from "@/components/staff/rows-editor";

export interface PlaceChoice {
  id: number;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  /** The country's name, made on the server (lib/i18n/staff.ts). */
  country: string;
  isHome: boolean;
  archived: boolean;
}

export function PartnershipForm({ mode, defaults, places, readOnly = false }: RecordFormProps & { places: PlaceChoice[]; }) {
  const { state, action, f, optional, t, common, enums, labels } = useRecordForm<PartnershipField>("Partnerships", mode, { create: createPartnershipAction, update: updatePartnershipAction }, defaults);
  // Places by their names in the staff language, where they have one.
  const locale = useLocale();
  const named = (p: PlaceChoice) => (locale === "zh" && p.nameZh ? p.nameZh : p.nameEn);
  const homes = places.filter((p) => p.isHome && !p.archived).map((p) => ({ value: String(p.id), label: named(p) }));
  // Foreign places grouped by country, as staff look them up.
  const byCountry = new Map<string, { value: string; label: string }[]>();
  for (const p of places) {
    if (p.isHome || p.archived) continue;
    const country = p.country;
    byCountry.set(country, [...(byCountry.get(country) ?? []), { value: String(p.id), label: named(p) }]);
  }
  const partnerGroups = [...byCountry].sort((a, b) => a[0].localeCompare(b[0])).map(([label, options]) => ({ label, options }));
  const sourceFields: RowField[] = [
    { key: "citation", label: t("sourceCitation"), className: "md:col-span-2" },
    { key: "url", label: t("sourceUrl"), inputMode: "url" },
    { key: "kind", label: t("sourceKind"), options: [{ value: "", label: "—" }, ...sourceKinds.map((v) => ({ value: v, label: enums(`sourceKinds.${v}`) }))] },
    { key: "titleEn", label: t("sourceTitleEn") },
    { key: "titleZh", label: t("sourceTitleZh"), lang: htmlLang.zh },
    { key: "note", label: t("sourceNote"), className: "md:col-span-2" },
  ];
  const stepFields: RowField[] = [
    { key: "date", label: t("stepDate") },
    { key: "labelEn", label: t("stepLabelEn") },
    { key: "labelZh", label: t("stepLabelZh"), lang: htmlLang.zh },
  ];
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/partnerships/${defaults.id}`} readOnly={readOnly} labelOf={labels({ sources: { row: (n) => t("source", { n }), fields: sourceFields }, steps: { row: (n) => t("step", { n }), fields: stepFields } })}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Select label={t("fields.homePlaceId")} placeholder={t("chooseHome")} options={homes} {...f.text("homePlaceId")} required />
        <Select label={t("fields.partnerPlaceId")} placeholder={t("choosePartner")} groups={partnerGroups} {...f.text("partnerPlaceId")} required />
        <Select label={t("fields.type")} options={partnershipTypes.map((v) => ({ value: v, label: enums(`partnershipTypes.${v}`) }))} {...f.text("type")} required />
        <Select label={t("fields.status")} options={partnershipStatuses.map((v) => ({ value: v, label: enums(`partnershipStatuses.${v}`) }))} {...f.text("status")} required />
        <Field label={t("fields.established")} note={optional} hint={common("dateHint")} {...f.text("established")} autoComplete="off" />
        <Field label={t("fields.slug")} note={optional} hint={t("slugHint")} {...f.text("slug")} autoComplete="off" />
        <Checkbox label={t("fields.featured")} {...f.checkbox("featured")} className="md:col-span-2" />
        <TextArea label={t("fields.summaryEn")} note={optional} rows={3} {...f.text("summaryEn")} />
        <TextArea label={t("fields.summaryZh")} note={optional} rows={3} lang={htmlLang.zh} {...f.text("summaryZh")} />
        <TextArea label={t("fields.bodyEn")} note={optional} hint={common("markdownHint")} rows={8} {...f.text("bodyEn")} />
        <TextArea label={t("fields.bodyZh")} note={optional} hint={common("markdownHint")} rows={8} lang={htmlLang.zh} {...f.text("bodyZh")} />
        <TextArea label={t("fields.sourceNoteEn")} note={optional} hint={t("sourceNoteHint")} rows={3} {...f.text("sourceNoteEn")} />
        <TextArea label={t("fields.sourceNoteZh")} note={optional} rows={3} lang={htmlLang.zh} {...f.text("sourceNoteZh")} />
      </fieldset>
      <RowsEditor
        key={`steps-${resultKey(state)}`}
        name="steps"
        legend={t("stepsLegend")}
        hint={t("stepsHint")}
        fields={stepFields}
        initial={rowsFrom(f.values, "steps", stepFields)}
        errors={f.errors}
        spare={readOnly || state.values ? 0 : 1}
        addLabel={t("stepAdd")}
        removeLabel={(n) => t("stepRemove", { n })}
        rowLabel={(n) => t("step", { n })}
        disabled={readOnly}
      />
      <RowsEditor
        key={resultKey(state)}
        name="sources"
        legend={t("sourcesLegend")}
        hint={t("sourcesHint")}
        fields={sourceFields}
        initial={rowsFrom(f.values, "sources", sourceFields)}
        errors={f.errors}
        spare={readOnly || state.values ? 0 : 1}
        addLabel={t("sourceAdd")}
        removeLabel={(n) => t("sourceRemove", { n })}
        rowLabel={(n) => t("source", { n })}
        disabled={readOnly}
      />
    </RecordForm>
  );
}
