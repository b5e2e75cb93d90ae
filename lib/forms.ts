/** The one result shape of every form action, consumed by useActionState. */
export interface FormResult<Values extends Record<string, string> = Record<string, string>> {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<keyof Values & string, string[]>>;
  /** What the user typed, sent back on error so the form keeps it (never a password). */
  values?: Partial<Values>;
}

export const initialFormResult: FormResult = { ok: false };

/** A same-site path to return to after signing in; anything else (another host, "//evil") falls back to /staff. */
export function safeReturnPath(value: unknown, fallback = "/staff"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value.length > 2000 ? fallback : value;
}
