import { z } from "zod";
import { staffLocales, userRoles } from "@/lib/enums";
import { passwordRules } from "@/lib/auth/password-rules";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { evenWithOtherErrors, idField, parsedIn, requiredText, versionField } from "./fields";

export const emailSchema = z
  .string({ error: "email" })
  .trim()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

/** Length, and no composition rules (NIST SP 800-63B): how guessable it is comes next, with the account in view. */
export const passwordSchema = z
  .string({ error: "required" })
  .min(passwordRules.minLength, { error: "tooShort" })
  .max(passwordRules.maxLength, { error: "tooLong" });

/**
 * Refuses a password that zxcvbn (with its common-password and English dictionaries) finds easy to guess, the
 * account's own name and email counting as words a guesser knows. The reason goes with the issue, for the form.
 */
function requireStrongPassword(password: unknown, account: { email?: unknown; name?: unknown }, ctx: z.RefinementCtx) {
  // A password of the wrong length already has its error.
  if (typeof password !== "string" || !passwordSchema.safeParse(password).success) return;
  const reason = passwordWeakness(password, { email: String(account.email ?? ""), name: String(account.name ?? "") });
  if (reason) ctx.addIssue({ code: "custom", path: ["password"], message: "passwordWeak", params: { reason } });
}

export const roleSchema = z.enum(userRoles, { error: "roleChoice" });

/** The office an account works for: a city's home place by its id, or blank for the top office (the province's). */
export const officeSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.coerce.number({ error: "choose" }).int({ error: "choose" }).min(1, { error: "choose" }).max(2_147_483_647, { error: "choose" }).nullable(),
);

/** The staff workspace's language of an account: 中文 or English. */
export const staffLocaleSchema = z.enum(staffLocales, { error: "choose" });

/** A signed-in person's own choice of language, on their account page. */
export const accountLanguageSchema = z.object({ locale: staffLocaleSchema });

export const newUserSchema = z
  .object({
    email: emailSchema,
    name: requiredText(200),
    role: roleSchema,
    officePlaceId: officeSchema,
    // Chinese unless the admin chooses otherwise: the office's own staff (and a form from before the field).
    locale: staffLocaleSchema.default("zh"),
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    // The name and email count only as words a guesser knows, so a wrong one still lets the password be judged.
    if (parsedIn(ctx)("password")) requireStrongPassword(value.password, value, ctx);
  }, evenWithOtherErrors);

/** Which account, at the version the admin's form was opened on: every change to an account names both. */
const accountAt = { id: idField, version: versionField };

export const changeRoleSchema = z.object({ ...accountAt, role: roleSchema });
export const changeOfficeSchema = z.object({ ...accountAt, officePlaceId: officeSchema });
export const setActiveSchema = z.object({ ...accountAt, active: z.enum(["true", "false"], { error: "choose" }).transform((v) => v === "true") });
export const unlockSignInSchema = z.object(accountAt);
export const resetPasswordSchema = z.object({ ...accountAt, password: passwordSchema });

/** A reset judged against the account it is for (null: an account that no longer exists, refused later anyway). */
export function resetPasswordSchemaFor(account: { email: string; name: string } | null) {
  return resetPasswordSchema.superRefine((value, ctx) => requireStrongPassword(value.password, account ?? {}, ctx));
}
