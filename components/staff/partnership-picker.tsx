"use client";

import { pickerLabels } from "./picker-labels";
import { useId, useMemo, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface PickerOption {
  id: number;
  label: string;
  keywords: string;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

/**
 * Chooses any number of partnerships. With JavaScript: a search box that narrows the list as one types (English or
 * Chinese names, country code, address), and the chosen ones as removable chips. Without it: a plain multiple
 * select with the same options, which the browser can search too.
 */
export function PartnershipPicker({
  name,
  legend,
  hint,
  options,
  selected: initial,
  errors,
  labels,
  disabled,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: PickerOption[];
  selected: string[];
  errors?: string[] | undefined;
  labels: { search: string; add: (label: string) => string; remove: (label: string) => string; none: string; noMatch: string; more: (n: number) => string };
  disabled?: boolean;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<number[]>(() => initial.map(Number).filter((n) => Number.isInteger(n) && n > 0));
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const haystack = useMemo(() => new Map(options.map((o) => [o.id, fold(`${o.label} ${o.keywords}`)])), [options]);
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = words.length
    ? options.filter((o) => !selected.includes(o.id) && words.every((w) => haystack.get(o.id)!.includes(w)))
    : [];
  const shown = matches.slice(0, 8);
  const invalid = !!errors?.length;
  const errorId = `${id}-error`;

  if (!hydrated) {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{legend}</label>
        {hint && <p className="text-sm text-slate-600">{hint}</p>}
        <select
          id={id}
          name={name}
          multiple
          size={8}
          defaultValue={selected.map(String)}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          className="rounded border border-slate-400 bg-white px-2 py-1"
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>{o.label}</option>
          ))}
        </select>
        {invalid && <p id={errorId} className="text-sm text-red-700">{errors!.join(" ")}</p>}
      </div>
    );
  }

  return (
    <fieldset className="rounded-lg border border-slate-200 p-4" disabled={disabled} aria-describedby={invalid ? errorId : undefined}>
      <legend className="px-1 font-semibold text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {selected.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{labels.none}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2" aria-live="polite">
          {[...selected].sort((a, b) => (byId.get(a)?.label ?? "").localeCompare(byId.get(b)?.label ?? "")).map((sid) => {
            const option = byId.get(sid);
            const label = option?.label ?? `#${sid}`;
            return (
              <li key={sid} className="flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-800">
                <input type="hidden" name={name} value={sid} />
                {label}
                <button
                  type="button"
                  aria-label={labels.remove(label)}
                  className="rounded-full px-2 text-brand-800 hover:bg-brand-100"
                  onClick={() => setSelected((list) => list.filter((x) => x !== sid))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{labels.search}</label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the first match instead of submitting the whole form.
            if (e.key === "Enter") {
              e.preventDefault();
              const first = shown[0];
              if (first) {
                setSelected((list) => [...list, first.id]);
                setQuery("");
              }
            }
          }}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      {words.length > 0 && (
        <div aria-live="polite">
          {shown.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{labels.noMatch}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded border border-slate-200">
              {shown.map((o) => (
                <li key={o.id}>
                  <button
                    type="button"
                    className="w-full px-3 py-2 text-left text-sm hover:bg-brand-50"
                    aria-label={labels.add(o.label)}
                    onClick={() => {
                      setSelected((list) => [...list, o.id]);
                      setQuery("");
                    }}
                  >
                    {o.label}
                  </button>
                </li>
              ))}
              {matches.length > shown.length && <li className="px-3 py-2 text-sm text-slate-600">{labels.more(matches.length - shown.length)}</li>}
            </ul>
          )}
        </div>
      )}
      {invalid && <p id={errorId} className="mt-2 text-sm text-red-700">{errors!.join(" ")}</p>}
    </fieldset>
  );
}

/**
 * The partnerships a delegation or an event is linked to (the form's `partnershipIds`), in the words of the form's
 * catalogue namespace (pickerLegend, pickerHint and the picker's labels).
 */
export function LinkedPartnershipsPicker({
  t,
  ...props
}: { t: Parameters<typeof pickerLabels>[0] & ((key: "pickerLegend" | "pickerHint") => string) } & Pick<
  Parameters<typeof PartnershipPicker>[0],
  "options" | "selected" | "errors" | "disabled"
>) {
  return <PartnershipPicker name="partnershipIds" legend={t("pickerLegend")} hint={t("pickerHint")} labels={pickerLabels(t)} {...props} />;
}
