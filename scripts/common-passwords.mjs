// Regenerates lib/auth/common-passwords.txt from zxcvbn's frequency lists (npm pack zxcvbn@4.4.2; tar xzf it):
//   node scripts/common-passwords.mjs package/lib/frequency_lists.js
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const source = process.argv[2];
if (!source) {
  console.error("usage: node scripts/common-passwords.mjs path/to/zxcvbn/lib/frequency_lists.js");
  process.exit(2);
}
const lists = createRequire(import.meta.url)(path.resolve(source));
const top = lists.passwords.slice(0, 10_000);
const header = [
  "# The 10,000 most common passwords, most common first, one per line (lower case).",
  "# Source: zxcvbn 4.4.2 (npm, MIT licence), lib/frequency_lists.js, list \"passwords\": the first 10,000 of its",
  "# 30,000 entries, ranked by frequency in Mark Burnett's set of 10 million leaked passwords (Xato, 2015).",
  "# Regenerate: node scripts/common-passwords.mjs path/to/zxcvbn/lib/frequency_lists.js",
];
fs.writeFileSync(path.join(import.meta.dirname, "..", "lib", "auth", "common-passwords.txt"), `${header.join("\n")}\n${top.join("\n")}\n`);
console.log(`lib/auth/common-passwords.txt: ${top.length} passwords`);
