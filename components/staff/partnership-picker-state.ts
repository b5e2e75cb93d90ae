import "server-only";
import type { FormValues } from "@/lib/forms";
import { getPartnershipOptions, searchPartnershipOptions } from "@/lib/kinds/partnership/staff";
import type { PickerSearch } from "./partnership-picker";

/** The query parameter of the picker's search field without JavaScript. */
export const pickerSearchParam = "partnershipSearch";

type Query = Record<string, string | string[] | undefined>;

/**
 * What a form with a partnership picker opens with. Without JavaScript the picker's "Find" button sends the whole form
 * back to its page by GET (its search field among the fields): the page then opens with what was typed, every field
 * as it was, and the partnerships that match the search to pick from. Otherwise the form opens with `defaults`. The
 * chosen partnerships are named either way, for the picker to show.
 */
export async function openWithPicker(
  query: Query,
  { field, multiple, defaults, action }: { field: string; multiple: boolean; defaults: FormValues; action: string },
): Promise<{ defaults: FormValues; picker: PickerSearch }> {
  const raw = query[pickerSearchParam];
  const searched = Array.isArray(raw) ? raw[0] : raw;
  const values = searched === undefined ? defaults : typedValues(query, multiple ? field : null);
  const chosen = values[field];
  const ids = (chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen]).map(Number);
  const [named, matches] = await Promise.all([
    getPartnershipOptions({ ids }),
    searched?.trim() ? searchPartnershipOptions({ q: searched.slice(0, 200) }) : null,
  ]);
  return {
    defaults: values,
    picker: { action, param: pickerSearchParam, query: searched ?? "", matches: searched === undefined ? null : (matches ?? []), known: named },
  };
}

/** The form's fields as the GET sent them: `list` is the one that may repeat; React's own fields ($ACTION_…) are left. */
function typedValues(query: Query, list: string | null): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key.startsWith("$") || key === pickerSearchParam) continue;
    values[key] = key === list ? (Array.isArray(value) ? value : [value]) : Array.isArray(value) ? (value[0] ?? "") : value;
  }
  if (list) values[list] ??= [];
  return values;
}
