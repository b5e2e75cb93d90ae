import type { FormResult } from "@/lib/forms";

const keys = new WeakMap<FormResult, number>();
let next = 0;

/**
 * A key that changes with each answer of a form's action. React resets a form's fields to their defaults after its
 * action; parts that keep rows in state (rows, pickers) remount with this key so their defaults are what the user
 * had typed, not what the page first showed.
 */
export function resultKey(state: FormResult): number {
  let key = keys.get(state);
  if (key === undefined) {
    key = next++;
    keys.set(state, key);
  }
  return key;
}
