import { z } from "zod";
import { userRoles } from "@/lib/enums";
import { passwordRules } from "@/lib/auth/password-rules";
import { idField } from "./fields";

export const emailSchema = z
  .string({ error: "email" })
  .trim()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const passwordSchema = z
  .string({ error: "required" })
  .min(passwordRules.minLength, { error: "tooShort" })
  .max(passwordRules.maxLength, { error: "tooLong" });

const nameSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" }),
);

export const roleSchema = z.enum(userRoles, { error: "roleChoice" });

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: passwordSchema,
});

/** The state of the account the admin's form showed (its last change time), for optimistic concurrency. */
const seenSchema = z.string().max(40).optional().transform((v) => v || null);

export const changeRoleSchema = z.object({ id: idField, role: roleSchema, seen: seenSchema });
export const setActiveSchema = z.object({ id: idField, active: z.enum(["true", "false"], { error: "choose" }).transform((v) => v === "true"), seen: seenSchema });
export const resetPasswordSchema = z.object({ id: idField, password: passwordSchema, seen: seenSchema });
