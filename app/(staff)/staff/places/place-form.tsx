"use client";

import { htmlLang } from "@/lib/i18n/content";
import type { PlaceField } from "@/lib/kinds/place/validation";
import { createPlaceAction, updatePlaceAction } from "@/app/(staff)/staff/places/actions";
import { Checkbox, Field, Select, TextArea, type Option } from "@/components/ui/field";
import { continents, placeKinds } from "@/lib/enums";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";

/** `countryOptions`: the countries named on the server (staffCountryOptions), so the page hydrates as it was sent. */
export function PlaceForm({ mode, defaults, readOnly = false, countryOptions }: RecordFormProps & { countryOptions: Option[] }) {
  const { state, action, f, optional, t, enums, labels } = useRecordForm<PlaceField>("Places", mode, { create: createPlaceAction, update: updatePlaceAction }, defaults);
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/places/${defaults.id}`} readOnly={readOnly} labelOf={labels()}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t("fields.nameEn")} {...f.text("nameEn")} required autoComplete="off" />
        <Field label={t("fields.nameZh")} note={optional} {...f.text("nameZh")} lang={htmlLang.zh} autoComplete="off" />
        <Select label={t("fields.kind")} placeholder={t("chooseKind")} options={placeKinds.map((k) => ({ value: k, label: enums(`placeKinds.${k}`) }))} {...f.text("kind")} required />
        <Field label={t("fields.regionEn")} note={optional} {...f.text("regionEn")} autoComplete="off" />
        <Field label={t("fields.regionZh")} note={optional} {...f.text("regionZh")} lang={htmlLang.zh} autoComplete="off" />
        <Select label={t("fields.countryCode")} placeholder={t("chooseCountry")} options={countryOptions} {...f.text("countryCode")} required />
        <Select label={t("fields.continent")} placeholder={t("chooseContinent")} options={continents.map((c) => ({ value: c, label: enums(`continents.${c}`) }))} {...f.text("continent")} required />
        <Checkbox label={t("fields.isHome")} {...f.checkbox("isHome")} className="md:col-span-2" />
        <Field label={t("fields.latitude")} note={optional} hint={t("coordinatesHint")} inputMode="decimal" {...f.text("latitude")} />
        <Field label={t("fields.longitude")} note={optional} hint={t("longitudeHint")} inputMode="decimal" {...f.text("longitude")} />
        <Field label={t("fields.population")} note={optional} inputMode="numeric" {...f.text("population")} />
        <Field label={t("fields.slug")} note={optional} hint={t("slugHint")} {...f.text("slug")} autoComplete="off" />
        <TextArea label={t("fields.descriptionEn")} note={optional} {...f.text("descriptionEn")} className="md:col-span-2" />
        <TextArea label={t("fields.descriptionZh")} note={optional} {...f.text("descriptionZh")} lang={htmlLang.zh} className="md:col-span-2" />
        <Field label={t("fields.successorEn")} note={optional} hint={t("successorHint")} {...f.text("successorEn")} autoComplete="off" />
        <Field label={t("fields.successorZh")} note={optional} {...f.text("successorZh")} lang={htmlLang.zh} autoComplete="off" />
      </fieldset>
    </RecordForm>
  );
}
