"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Field, Select, type Option } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms";

export interface RowField {
  key: string;
  label: string;
  /** A select instead of a text input. */
  options?: Option[];
  lang?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  className?: string;
  /** Needed in a row that is used (a row left empty is ignored): marked as the form's other required fields are. */
  required?: boolean;
  /** Shown after the label: "(optional)". */
  note?: string;
  hint?: string;
}

/** The rows of a list field ("signatories.0.name", "signatories.1.name"…) in a form's values, in order. */
export function rowsFrom(values: Partial<FormValues>, name: string, fields: RowField[]): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const prefix = `${name}.`;
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix)) continue;
    const [index, field] = key.slice(prefix.length).split(".");
    if (!field || !/^\d+$/.test(index!) || !fields.some((f) => f.key === field)) continue;
    (rows[Number(index)] ??= {})[field] = Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  }
  return Array.from(rows, (r) => r ?? {});
}

/**
 * Rows a form repeats (signatories, enterprises, sources), each a few fields, added and removed in place. The
 * fields are named `name.index.field`; a row left empty is ignored by the action. Without JavaScript the form shows
 * the rows it has plus `spare` empty ones, which is how a row is added there. After an error the rows come back
 * exactly as they were sent (the form passes no spare then).
 */
export function RowsEditor({
  name,
  legend,
  hint,
  fields,
  initial,
  errors,
  spare = 1,
  defaults = {},
  addLabel,
  removeLabel,
  rowLabel,
  disabled,
}: {
  name: string;
  legend: string;
  hint?: string;
  fields: RowField[];
  initial: Record<string, string>[];
  errors: (field: string) => string[] | undefined;
  spare?: number;
  /** Values a new row starts with (a signatory's side). */
  defaults?: Record<string, string> | ((index: number) => Record<string, string>);
  addLabel: string;
  removeLabel: (n: number) => string;
  rowLabel: (n: number) => string;
  disabled?: boolean;
}) {
  const defaultsFor = (i: number) => (typeof defaults === "function" ? defaults(i) : defaults);
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() =>
    [...initial, ...Array.from({ length: spare }, (_, i) => defaultsFor(initial.length + i))].map((values, key) => ({ key, values })),
  );
  // Each row keeps its key while others are added or removed, so what is typed in it stays with it.
  const addRow = () => setRows((list) => [...list, { key: Math.max(-1, ...list.map((r) => r.key)) + 1, values: defaultsFor(list.length) }]);
  return (
    <fieldset className="rounded-lg border border-slate-200 p-4" disabled={disabled}>
      <legend className="px-1 font-semibold text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <ol className="mt-2 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="rounded border border-slate-100 bg-slate-50 p-3">
            <div className="flex items-center justify-between gap-2">
              <p className="text-sm font-medium text-slate-700">{rowLabel(index + 1)}</p>
              {hydrated && !disabled && (
                <button
                  type="button"
                  className="rounded px-2 py-1 text-sm text-red-800 underline hover:bg-red-50"
                  onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                >
                  {removeLabel(index + 1)}
                </button>
              )}
            </div>
            <div className="mt-2 grid grid-cols-1 gap-3 md:grid-cols-2">
              {fields.map((field) => {
                const fieldName = `${name}.${index}.${field.key}`;
                const common = {
                  label: field.label,
                  name: fieldName,
                  defaultValue: row.values[field.key] ?? "",
                  errors: errors(fieldName),
                  className: field.className,
                  required: field.required,
                  note: field.note,
                  hint: field.hint,
                };
                return field.options ? (
                  <Select key={field.key} {...common} options={field.options} />
                ) : (
                  <Field key={field.key} {...common} lang={field.lang} inputMode={field.inputMode} autoComplete="off" />
                );
              })}
            </div>
          </li>
        ))}
      </ol>
      {hydrated && !disabled && (
        <button
          type="button"
          className="mt-3 rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
          onClick={addRow}
        >
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
