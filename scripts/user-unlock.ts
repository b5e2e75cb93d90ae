import { parseArgs } from "node:util";
import { clearSignInLimits } from "@/lib/data/sign-in";
import { emailSchema } from "@/lib/validation/users";
import { runScript } from "./cli";

const usage = "Usage: npm run user:unlock -- --email name@example.org";

// For an owner locked out of their account (the staff area has the same as a button on the account's page).
runScript("user:unlock", async () => {
  const { values } = parseArgs({ options: { email: { type: "string" } }, strict: true });
  if (!values.email) throw new Error(usage);
  const email = emailSchema.safeParse(values.email);
  if (!email.success) throw new Error(`email: ${values.email} is not an email address`);
  const { email: account, cleared } = await clearSignInLimits({ email: email.data }, null);
  console.log(
    cleared === 0
      ? `${account} had no failed sign-ins or locks to clear.`
      : `Cleared ${cleared} sign-in limit${cleared === 1 ? "" : "s"} of ${account}.`,
  );
});
