"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { fieldId } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";

/** A partnership as a picker shows it; its stage for the agreement form's stage move. */
export interface PickerOption {
  id: number;
  label: string;
  status: string;
}

/**
 * What the page gives a picker (components/staff/partnership-picker-state.ts): the chosen partnerships named, and for
 * the search without JavaScript, the page to send the form back to, its search field's name, what was searched and
 * what matched (null when nothing was searched).
 */
export interface PickerSearch {
  action: string;
  param: string;
  query: string;
  matches: PickerOption[] | null;
  known: PickerOption[];
}

/** Where the picker searches as the user types (app/(staff)/staff/partnerships/options/route.ts). */
const endpoint = "/staff/partnerships/options";
/** What the endpoint answers at most; with that many, there may be more. */
const limit = 20;
const debounceMs = 250;

async function fetchOptions(params: string, signal?: AbortSignal): Promise<PickerOption[]> {
  const response = await fetch(`${endpoint}?${params}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { options: PickerOption[] }).options;
}

/**
 * Chooses partnerships, one (`multiple` false: the agreement form) or any number (events, delegations), searching on
 * the server: with thousands of partnerships the page never lists them all. With JavaScript: a combobox (the WAI-ARIA
 * pattern: arrows move through the matches, Enter takes one, Escape closes) that asks the server as the user types,
 * and the chosen ones as removable chips. Without it: the chosen ones as ticked boxes, and a search field whose "Find"
 * button sends the form back to its page by GET, which comes back with everything typed and the matches to tick.
 */
export function PartnershipPicker({
  name,
  legend,
  hint,
  multiple,
  selected: initial,
  search,
  errors,
  disabled,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  multiple: boolean;
  selected: string[];
  search: PickerSearch;
  errors?: string[] | undefined;
  disabled?: boolean;
  onChange?: (chosen: PickerOption[]) => void;
}) {
  const t = useTranslations("PartnershipPicker");
  // Its search box has the field's id, so an error summary's link to the field reaches it.
  const id = fieldId(name);
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<number[]>(() => [...new Set(initial.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0))]);
  const [names, setNames] = useState(() => new Map([...search.known, ...(search.matches ?? [])].map((o) => [o.id, o])));
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickerOption[] | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const invalid = !!errors?.length;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Names the chosen ones the page didn't (chosen after the page was made, kept by the form after an error).
  const unnamed = selected.filter((sid) => !names.has(sid));
  const unnamedKey = unnamed.join(",");
  useEffect(() => {
    if (!hydrated || !unnamedKey) return;
    let stale = false;
    fetchOptions(`ids=${unnamedKey}`)
      .then((found) => !stale && setNames((map) => new Map([...map, ...found.map((o) => [o.id, o] as const)])))
      .catch(() => {});
    return () => {
      stale = true;
    };
  }, [hydrated, unnamedKey]);

  // Asks the server once the user pauses typing; an answer to an older query is dropped.
  const words = query.trim();
  useEffect(() => {
    if (!words) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState("loading");
      fetchOptions(`q=${encodeURIComponent(words)}`, controller.signal)
        .then((found) => {
          setResults(found);
          setNames((map) => new Map([...map, ...found.map((o) => [o.id, o] as const)]));
          setState("idle");
          setActive(-1);
        })
        .catch(() => {
          if (!controller.signal.aborted) setState("failed");
        });
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [words]);

  const shown = words ? (results ?? []).filter((o) => !selected.includes(o.id)) : [];
  const expanded = open && !!words && results !== null && shown.length > 0;

  function choose(option: PickerOption) {
    const next = multiple ? [...selected, option.id] : [option.id];
    setSelected(next);
    setNames((map) => new Map(map).set(option.id, option));
    setQuery("");
    setResults(null);
    setOpen(false);
    setActive(-1);
    onChange?.(next.flatMap((sid) => (sid === option.id ? [option] : (names.get(sid) ?? []))));
  }

  function remove(sid: number) {
    const next = selected.filter((x) => x !== sid);
    setSelected(next);
    onChange?.(next.flatMap((x) => names.get(x) ?? []));
  }

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const chosen = [...selected].map((sid) => ({ sid, label: names.get(sid)?.label ?? t("unknown", { id: sid }) }));
  chosen.sort((a, b) => a.label.localeCompare(b.label));

  if (!hydrated) {
    // Without JavaScript: boxes to tick (radios for one), and a search the page answers.
    const type = multiple ? "checkbox" : "radio";
    const matches = (search.matches ?? []).filter((o) => !selected.includes(o.id));
    return (
      <fieldset className="rounded-lg border border-slate-200 p-4" disabled={disabled} aria-describedby={invalid ? errorId : undefined}>
        <legend className="px-1 font-semibold text-slate-800">{legend}</legend>
        {hint && <p className="text-sm text-slate-600">{hint}</p>}
        {chosen.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{multiple ? t("none") : t("noneChosen")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {chosen.map(({ sid, label }) => (
              <li key={sid}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type={type} name={name} value={sid} defaultChecked />
                  {label}
                </label>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3 flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">{t("search")}</label>
          <p className="text-sm text-slate-600">{t("findHint")}</p>
          <div className="flex gap-2">
            <input id={id} type="search" name={search.param} defaultValue={search.query} autoComplete="off" className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2" />
            <button type="submit" formMethod="get" formAction={search.action} formNoValidate className="rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              {t("find")}
            </button>
          </div>
        </div>
        {search.matches !== null && search.query.trim() && (
          <div className="mt-2">
            {matches.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noMatch")}</p>
            ) : (
              <>
                <p className="text-sm text-slate-600">{t("matches", { query: search.query.trim() })}</p>
                <ul className="mt-1 flex flex-col gap-1">
                  {matches.map((o) => (
                    <li key={o.id}>
                      <label className="flex items-center gap-2 text-sm text-slate-800">
                        <input type={type} name={name} value={o.id} />
                        {o.label}
                      </label>
                    </li>
                  ))}
                </ul>
                {search.matches.length >= limit && <p className="mt-1 text-sm text-slate-600">{t("more")}</p>}
              </>
            )}
          </div>
        )}
        {invalid && <p id={errorId} className="mt-2 text-sm text-red-700">{errors!.join(" ")}</p>}
      </fieldset>
    );
  }

  const status =
    !words ? "" : state === "failed" ? t("failed") : state === "loading" || results === null ? t("searching") : shown.length === 0 ? t("noMatch") : t("found", { n: shown.length });

  return (
    <fieldset className="rounded-lg border border-slate-200 p-4" disabled={disabled} aria-describedby={invalid ? errorId : undefined}>
      <legend className="px-1 font-semibold text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {chosen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{multiple ? t("none") : t("noneChosen")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("chosen")}>
          {chosen.map(({ sid, label }) => (
            <li key={sid} className="flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-800">
              <input type="hidden" name={name} value={sid} />
              {label}
              <button type="button" aria-label={t("remove", { label })} className="rounded-full px-2 text-brand-800 hover:bg-brand-100" onClick={() => remove(sid)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-3 flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{multiple || chosen.length === 0 ? t("search") : t("searchOther")}</label>
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-status`}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
            if (!e.target.value.trim()) setResults(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setOpen(true);
              if (shown.length) {
                const step = e.key === "ArrowDown" ? 1 : -1;
                setActive((i) => (i < 0 ? (step > 0 ? 0 : shown.length - 1) : (i + step + shown.length) % shown.length));
              }
            } else if (e.key === "Enter") {
              // Enter takes the highlighted match (or the first) instead of submitting the whole form.
              if (!words) return;
              e.preventDefault();
              const option = shown[active >= 0 ? active : 0];
              if (option) choose(option);
            } else if (e.key === "Escape") {
              if (expanded) {
                e.preventDefault();
                setOpen(false);
                setActive(-1);
              } else if (query) {
                e.preventDefault();
                setQuery("");
                setResults(null);
              }
            }
          }}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={legend}
          hidden={!expanded}
          className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow-lg"
        >
          {shown.map((o, i) => (
            <li
              key={o.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keeps the focus in the field, so that the choice doesn't close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-100 text-brand-900" : "text-slate-800 hover:bg-brand-50"}`}
            >
              {o.label}
            </li>
          ))}
        </ul>
        <p id={`${id}-status`} aria-live="polite" className="text-sm text-slate-600">
          {status}
          {status && results && results.length >= limit && state === "idle" ? ` ${t("more")}` : ""}
        </p>
      </div>
      {invalid && <p id={errorId} className="mt-2 text-sm text-red-700">{errors!.join(" ")}</p>}
    </fieldset>
  );
}

/**
 * The partnerships a delegation or an event is linked to (the form's `partnershipIds`), in the words of the form's
 * catalogue namespace (pickerLegend, pickerHint).
 */
export function LinkedPartnershipsPicker({
  t,
  ...props
}: { t: (key: "pickerLegend" | "pickerHint") => string } & Pick<Parameters<typeof PartnershipPicker>[0], "search" | "selected" | "errors" | "disabled">) {
  return <PartnershipPicker name="partnershipIds" multiple legend={t("pickerLegend")} hint={t("pickerHint")} {...props} />;
}
