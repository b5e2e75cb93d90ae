import { valueOf, type FormResult, type FormValues } from "@/lib/forms";

/**
 * The props that tie a form's controls to its state: each field's value is what the user last typed (after an error)
 * or what the record holds, and its errors are the action's field errors. `Field` is the names the form's schema
 * parses (a kind's `…Field` type), so a control named for a field that was renamed or removed fails to compile.
 */
export function formFields<Field extends string = string>(state: FormResult, defaults: FormValues) {
  const values = state.values ?? defaults;
  const errors = (name: string) => state.fieldErrors?.[name];
  return {
    values,
    errors,
    text: (name: Field) => ({ name, defaultValue: valueOf(values, name) ?? "", errors: errors(name) }),
    checkbox: (name: Field) => ({ name, defaultChecked: valueOf(values, name) === "on", errors: errors(name) }),
    list: (name: Field): string[] => {
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}
