import { z } from "zod";

/** Sign-in input: bounded so no one can make the server hash a megabyte. Wrong values are the generic error. */
export const signInSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

/** One message for every failed sign-in: it never says whether the email or the password was wrong. */
export const genericSignInError = "The email or password is incorrect.";
