import { z } from "zod";
import { userRoles } from "@/db/schema";
import { passwordRules } from "@/lib/auth/password-rules";

export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: "Use at most 254 characters." })
  .pipe(z.email({ error: "Enter an email address such as name@example.org." }));

export const passwordSchema = z
  .string()
  .min(passwordRules.minLength, { error: `Use at least ${passwordRules.minLength} characters.` })
  .max(passwordRules.maxLength, { error: `Use at most ${passwordRules.maxLength} characters.` });

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "Enter a name." }).max(200, { error: "Use at most 200 characters." }),
  role: z.enum(userRoles, { error: `Choose one of: ${userRoles.join(", ")}.` }),
  password: passwordSchema,
});
