"use client";

import { htmlLang } from "@/lib/i18n/content";
import { createContactAction, updateContactAction } from "@/app/(staff)/staff/contacts/actions";
import { RecordForm, useRecordForm, type RecordFormProps } from "@/components/staff/record-form";
import { Field, TextArea } from "@/components/ui/field";
import type { ContactField } from "@/lib/kinds/contact/validation";

export function ContactForm({ mode, defaults, readOnly = false }: RecordFormProps) {
  const { state, action, f, optional, t, labels } = useRecordForm<ContactField>("Contacts", mode, { create: createContactAction, update: updateContactAction }, defaults);
  return (
    <RecordForm mode={mode} state={state} action={action} values={f.values} currentHref={`/staff/contacts/${defaults.id}`} readOnly={readOnly} labelOf={labels()}>
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t("fields.nameEn")} {...f.text("nameEn")} required autoComplete="off" />
        <Field label={t("fields.nameZh")} note={optional} lang={htmlLang.zh} {...f.text("nameZh")} autoComplete="off" />
        <Field label={t("fields.phone")} note={optional} type="tel" {...f.text("phone")} autoComplete="off" />
        <Field label={t("fields.email")} note={optional} type="email" {...f.text("email")} autoComplete="off" />
        <TextArea label={t("fields.addressEn")} note={optional} {...f.text("addressEn")} />
        <TextArea label={t("fields.addressZh")} note={optional} lang={htmlLang.zh} {...f.text("addressZh")} />
      </fieldset>
    </RecordForm>
  );
}
