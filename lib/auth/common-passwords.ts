import fs from "node:fs";
import path from "node:path";

/** The 10,000 most common passwords (lib/auth/common-passwords.txt), read once when first needed. */
let common: Set<string> | undefined;

function load(): Set<string> {
  const text = fs.readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8");
  return new Set(text.split("\n").filter((line) => line && !line.startsWith("#")));
}

/** Whether a password is one of the most common ones, whatever its letter case. */
export function isCommonPassword(password: string): boolean {
  common ??= load();
  return common.has(password.toLowerCase());
}
