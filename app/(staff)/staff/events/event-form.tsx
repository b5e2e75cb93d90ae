"use client";

import { htmlLang } from "@/lib/i18n/content";
import type { EventField } from "@/lib/kinds/event/validation";
import { createEventAction, updateEventAction } from "@/app/(staff)/staff/events/actions";
import { Checkbox, Field, Select, TextArea } from "@/components/ui/field";
import { eventKinds } from "@/lib/enums";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { LinkedPartnershipsPicker, type PickerSearch } from "@/components/staff/partnership-picker";
import { resultKey } from "@/components/staff/result-key";

const timeZoneListId = "event-time-zones";

/**
 * `timeZones` (lib/time-zones.ts, made on the server) is offered as the time zone field's suggestions: a text field with
 * a <datalist>, which works without JavaScript and finds a zone by any part of its name as staff type ("helsi" offers
 * Europe/Helsinki), where a <select> of some 400 zones finds one only by its first letters ("Europe/H…").
 */
export function EventForm({ mode, defaults, picker, timeZones, readOnly = false }: RecordFormProps & { picker: PickerSearch; timeZones: readonly string[] }) {
  const { state, action, f, optional, t, common, enums, labels } = useRecordForm<EventField>("Events", mode, { create: createEventAction, update: updateEventAction }, defaults);
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/events/${defaults.id}`} readOnly={readOnly} labelOf={labels()}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t("fields.titleEn")} {...f.text("titleEn")} required autoComplete="off" />
        <Field label={t("fields.titleZh")} note={optional} lang={htmlLang.zh} {...f.text("titleZh")} autoComplete="off" />
        <Checkbox label={t("fields.titleDescriptive")} {...f.checkbox("titleDescriptive")} className="md:col-span-2" />
        <Select label={t("fields.kind")} options={eventKinds.map((k) => ({ value: k, label: enums(`eventKinds.${k}`) }))} {...f.text("kind")} required />
        <Field label={t("fields.slug")} note={optional} {...f.text("slug")} autoComplete="off" />
        <Field label={t("fields.starts")} note={optional} hint={t("startsHint")} {...f.text("starts")} autoComplete="off" />
        <Field label={t("fields.ends")} note={optional} hint={common("dayHint")} {...f.text("ends")} autoComplete="off" />
        <Field label={t("fields.startTime")} note={optional} hint={t("timeHint")} type="time" {...f.text("startTime")} />
        <Field label={t("fields.endTime")} note={optional} hint={t("timeHint")} type="time" {...f.text("endTime")} />
        <Field label={t("fields.timeZone")} hint={t("timeZoneHint")} {...f.text("timeZone")} list={timeZoneListId} autoComplete="off" spellCheck={false} />
        <datalist id={timeZoneListId}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Checkbox label={t("fields.online")} {...f.checkbox("online")} className="self-end" />
        <Field label={t("fields.venueEn")} note={optional} {...f.text("venueEn")} autoComplete="off" />
        <Field label={t("fields.venueZh")} note={optional} lang={htmlLang.zh} {...f.text("venueZh")} autoComplete="off" />
        <Field label={t("fields.organisersEn")} note={optional} {...f.text("organisersEn")} autoComplete="off" />
        <Field label={t("fields.organisersZh")} note={optional} lang={htmlLang.zh} {...f.text("organisersZh")} autoComplete="off" />
        <TextArea label={t("fields.descriptionEn")} note={optional} rows={6} {...f.text("descriptionEn")} />
        <TextArea label={t("fields.descriptionZh")} note={optional} rows={6} lang={htmlLang.zh} {...f.text("descriptionZh")} />
      </fieldset>
      <LinkedPartnershipsPicker key={`picker-${resultKey(state)}`} t={t} search={picker} selected={f.list("partnershipIds")} errors={f.errors("partnershipIds")} disabled={readOnly} />
    </RecordForm>
  );
}
