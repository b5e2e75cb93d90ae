import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's scale: 3 is "safely unguessable: moderate protection from an offline slow-hash attack" (at least 10^8
 * guesses), the least a staff password should be given argon2id hashes and sign-in throttling.
 */
export const minimumPasswordScore = 3;

// The dictionaries (about 50,000 leaked passwords, English words, names, Wikipedia terms) are several megabytes:
// loaded once per process, on the first password check, and only ever on the server.
let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** The account's own words (its name and email, whole and in parts), which a guesser tries first. */
function personalWords(account: { email?: string; name?: string }): string[] {
  const email = (account.email ?? "").trim().toLowerCase();
  const name = (account.name ?? "").trim().toLowerCase();
  const words = [email, email.split("@")[0] ?? "", name, name.replace(/[^\p{L}\p{N}]+/gu, ""), ...`${email} ${name}`.split(/[^\p{L}\p{N}]+/u)];
  // Longest first, so that removing them from a password takes "xiaoming" whole before any shorter part of it.
  return [...new Set(words.filter((w) => w.length >= 3))].sort((a, b) => b.length - a.length);
}

function reasonOf(result: ZxcvbnResult): string {
  const { warning, suggestions } = result.feedback;
  const parts = [warning, ...suggestions].filter((s): s is string => Boolean(s));
  return parts.length ? parts.join(" ") : english.translations.suggestions.anotherWord;
}

/**
 * Why this password is too easy to guess for this account, in zxcvbn's words (its warning, then its suggestions), or
 * null when it is strong enough.
 */
export function passwordWeakness(password: string, account: { email?: string; name?: string }): string | null {
  const words = personalWords(account);
  const result = zxcvbn().check(password, words);
  if (result.score < minimumPasswordScore) return reasonOf(result);
  // zxcvbn rates any password of several parts highly, even when the parts are the account's own name and a year
  // ("wang-xiaoming-2026"): judged again without those words, what is left must be strong enough on its own.
  let rest = password.toLowerCase();
  for (const word of words) rest = rest.split(word).join(" ");
  if (rest !== password.toLowerCase() && zxcvbn().check(rest.trim()).score < minimumPasswordScore) {
    return `${english.translations.warnings.userInputs} ${english.translations.suggestions.anotherWord}`;
  }
  return null;
}
