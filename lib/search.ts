/**
 * How the searches read what someone typed: split into words, each matched without regard to case or accents
 * ("Quebec" finds Québec, "Québec" finds Quebec, "Sao Paulo" finds São Paulo, "Swietochlowice" finds Świętochłowice).
 *
 * In the database, searched text is kept folded in generated columns (db/schema.ts: `search_fold`, lower-cased and
 * unaccented by PostgreSQL's `unaccent`, in PGlite as on a server) with a trigram index each, and a word is folded by
 * the same function and looked for with LIKE (containsWordSql in lib/data/sql.ts), so a search reads the index instead of every row.
 * Here in JavaScript the typed words are split and their full-width forms made plain (foldAccents), and country and
 * type names, which live outside the database, are matched (containsWord).
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const undecomposed: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ħ: "h", Ħ: "H", ı: "i", ŀ: "l", Ŀ: "L", ŧ: "t",
  Ŧ: "T", ƒ: "f", ĸ: "k", ß: "ss", ẞ: "SS", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "TH",
};

/** Marks that accent a Latin letter (U+0300 to U+036F), after it. */
const latinMarks = /([A-Za-z])[\u0300-\u036f]+/g;

const foldable = new RegExp(`[${[...Object.keys(undecomposed)].join("")}]`, "g");

/**
 * `text` with its Latin letters unaccented ("São Paulo" → "Sao Paulo"), full-width forms made plain ("Ｑｕｅｂｅｃ" →
 * "Quebec"), and nothing else changed: Chinese, Cyrillic or Korean text stays as it is.
 */
export function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(latinMarks, "$1").replace(foldable, (c) => undecomposed[c]!).normalize("NFC");
}

/** Whether `text` contains `word`, ignoring case and accents (for names that live outside the database). */
export function containsWord(text: string, word: string): boolean {
  return foldAccents(text).toLocaleLowerCase().includes(foldAccents(word).toLocaleLowerCase());
}

/**
 * The words of a search ("Jinan Vantaa", "Jinan–Vantaa", "济南、万塔" → two words). Spaces, dashes, commas and the
 * middle dot separate words; any other character, `%` and `_` included, is part of a word and matched as itself.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = foldAccents(q)
    .split(/[\s,;/·、，；\u2010-\u2015-]+/u)
    .filter((w) => w.length > 0);
  // A word made only of accents folds to nothing: it is then looked for as typed.
  return words.length > 0 ? [...new Set(words)] : [q];
}
