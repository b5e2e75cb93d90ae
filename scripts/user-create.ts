import { parseArgs } from "node:util";
import readline from "node:readline";
import { createUser } from "@/lib/data/users";
import { findOfficeBySlug } from "@/lib/data/offices";
import { fieldErrorsOf } from "@/lib/validation/errors";
import { newUserSchema } from "@/lib/validation/users";
import { runScript } from "./cli";

const usage =
  "Usage: npm run user:create -- --email name@example.org --name \"Full Name\" --role admin|editor|viewer [--locale zh|en] [--office city]\n" +
  "--locale is the language of their staff workspace: zh (Chinese, the default) or en (English).\n" +
  "--office is the address (slug) of the city whose office they work for, such as qingdao: they change that city's ties only.\n" +
  "Without it, they work for the province's office, which changes every tie.\n" +
  "The password is asked for, or read from AMITY_USER_PASSWORD when set (for scripts).";

/** Reads a line without echoing it. */
function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error("no terminal to ask for the password: set AMITY_USER_PASSWORD"));
  }
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

runScript("user:create", async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, locale: { type: "string", default: "zh" }, office: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.name || !values.role) throw new Error(usage);
  const office = values.office ? await findOfficeBySlug(values.office) : null;
  if (values.office && !office) throw new Error(`--office: no city of the province has the address "${values.office}" (see Staff → Places, the province's own)`);
  const password = process.env.AMITY_USER_PASSWORD || (await promptHidden("Password (at least 12 characters): "));
  const { office: _office, ...account } = values;
  const parsed = newUserSchema.safeParse({ ...account, officePlaceId: office ? String(office.placeId) : "", password });
  if (!parsed.success) {
    const [field, messages] = Object.entries(fieldErrorsOf(parsed.error))[0]!;
    throw new Error(`${field}: ${messages[0]}`);
  }
  const user = await createUser(parsed.data, null);
  console.log(`Created ${user.role} account ${user.email} (id ${user.id}, staff language ${user.locale}, ${office ? `${office.nameEn}'s office` : "the province's office"}).`);
});
