import { z } from "zod";
import { blankToUndefined } from "./fields";

// ---------------------------------------------------------------------------------------------------------------
// Money: an exact decimal string and an ISO 4217 currency, never a float.
// ---------------------------------------------------------------------------------------------------------------

const currencies = new Set(Intl.supportedValuesOf("currency"));

/**
 * "240,000,000", "240 000 000" or "1250.5" as "240000000" / "1250.5"; null when it is not an amount. Separators count
 * only between groups of three digits, so a decimal comma ("12,5") is refused rather than read as 125.
 */
export function parseAmount(text: string): string | null {
  const trimmed = text.trim();
  const grouped = /^\d{1,3}([,\s\u00a0\u202f_]\d{3})+(\.\d+)?$/.test(trimmed);
  if (/[,\s\u00a0\u202f_]/.test(trimmed) && !grouped) return null;
  const compact = trimmed.replace(/[,\s\u00a0\u202f_]/g, "");
  const m = /^(\d{1,17})(?:\.(\d{1,3}))?$/.exec(compact);
  if (!m) return null;
  const whole = m[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

export const optionalAmount = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: "money" })
      .max(40, { error: "money" })
      .transform((text, ctx) => {
        const amount = parseAmount(text);
        if (amount === null) {
          ctx.addIssue({ code: "custom", message: "money" });
          return z.NEVER;
        }
        return amount;
      })
      .optional(),
  )
  .transform((v) => v ?? null);

export const optionalCurrency = z
  .preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
    z
      .string()
      .regex(/^[A-Z]{3}$/, { error: "currency" })
      .refine((c) => currencies.has(c), { error: "currency" })
      .optional(),
  )
  .transform((v) => v ?? null);

/** Adds "give both or neither" to an amount and currency pair of fields. */
export function moneyPairIssue(
  value: { amount: string | null; currency: string | null },
  ctx: z.RefinementCtx,
  fields: { amount: (string | number)[]; currency: (string | number)[] },
) {
  if (value.amount !== null && value.currency === null) ctx.addIssue({ code: "custom", path: fields.currency, message: "currencyNeeded" });
  if (value.amount === null && value.currency !== null) ctx.addIssue({ code: "custom", path: fields.amount, message: "amountNeeded" });
}
