import { valueOf, type FormResult, type FormValues } from "@/lib/forms";

/**
 * The props that tie a form's controls to its state: each field's value is what the user last typed (after an error)
 * or what the record holds, and its errors are the action's field errors.
 */
export function formFields(state: FormResult, defaults: FormValues) {
  const values = state.values ?? defaults;
  const errors = (name: string) => state.fieldErrors?.[name];
  return {
    values,
    errors,
    text: (name: string) => ({ name, defaultValue: valueOf(values, name) ?? "", errors: errors(name) }),
    checkbox: (name: string) => ({ name, defaultChecked: valueOf(values, name) === "on", errors: errors(name) }),
    list: (name: string): string[] => {
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}
