import { z } from "zod";
import { userRoles } from "@/lib/enums";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { passwordRules } from "@/lib/auth/password-rules";
import { idField, requiredText } from "./fields";

export const emailSchema = z
  .string({ error: "email" })
  .trim()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

/** Length only, no composition rules (NIST SP 800-63B), and none of the 10,000 most common passwords. */
export const passwordSchema = z
  .string({ error: "required" })
  .min(passwordRules.minLength, { error: "tooShort" })
  .max(passwordRules.maxLength, { error: "tooLong" })
  .refine((password) => !isCommonPassword(password), { error: "passwordCommon" });


export const roleSchema = z.enum(userRoles, { error: "roleChoice" });

export const newUserSchema = z.object({
  email: emailSchema,
  name: requiredText(200),
  role: roleSchema,
  password: passwordSchema,
});

/** The state of the account the admin's form showed (its last change time), for optimistic concurrency. */
const seenSchema = z.string().max(40).optional().transform((v) => v || null);

export const changeRoleSchema = z.object({ id: idField, role: roleSchema, seen: seenSchema });
export const setActiveSchema = z.object({ id: idField, active: z.enum(["true", "false"], { error: "choose" }).transform((v) => v === "true"), seen: seenSchema });
export const unlockSignInSchema = z.object({ id: idField });
export const resetPasswordSchema = z.object({ id: idField, password: passwordSchema, seen: seenSchema });
