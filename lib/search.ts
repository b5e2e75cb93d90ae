/**
 * How the public search reads what a visitor typed: split into words, each matched without regard to case or accents
 * ("Quebec" finds Québec, "Québec" finds Quebec, "Sao Paulo" finds São Paulo, "Swietochlowice" finds Świętochłowice).
 *
 * The database needs no extension for it (PGlite and a PostgreSQL server alike, no `unaccent`, no superuser): the
 * typed word is folded to plain letters here, then each letter becomes a regular-expression class of its accented
 * forms, which the stored text is matched against as it is (`~*`). The same table of accented letters folds country
 * and type names in JavaScript, so a word means the same everywhere.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const undecomposed: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ħ: "h", Ħ: "H", ı: "i", ŀ: "l", Ŀ: "L", ŧ: "t",
  Ŧ: "T", ƒ: "f", ĸ: "k", ß: "ss", ẞ: "SS", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "TH",
};

/** Marks that accent a Latin letter (U+0300 to U+036F), after it. */
const latinMarks = /([A-Za-z])[\u0300-\u036f]+/g;

/**
 * Every accented Latin letter and what it folds to ("é" → "e", "Ł" → "L", "ß" → "ss"): Latin-1, Latin Extended-A and
 * -B, and Latin Extended Additional (Vietnamese), plus the letters above.
 */
export const accentedLetters: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(Object.entries(undecomposed));
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCodePoint(code);
      const base = letter.normalize("NFD").replace(latinMarks, "$1");
      if (base !== letter && /^[A-Za-z]$/.test(base)) map.set(letter, base);
    }
  }
  return map;
})();

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

/** The accented forms of each plain letter, upper and lower case ("e" → "eEéÉèÈ…"). */
const formsOf: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const [letter, base] of accentedLetters) {
    if (base.length !== 1) continue;
    const key = base.toLowerCase();
    forms.set(key, (forms.get(key) ?? key + key.toUpperCase()) + letter);
  }
  return forms;
})();

/** Plain letter pairs that one letter also writes ("ss" → "ß"). */
const ligatures: ReadonlyMap<string, string> = (() => {
  const pairs = new Map<string, string>();
  for (const [letter, base] of accentedLetters) {
    if (base.length === 2) pairs.set(base.toLowerCase(), (pairs.get(base.toLowerCase()) ?? "") + letter);
  }
  return pairs;
})();

/** A character of a PostgreSQL regular expression, taken literally. */
function literal(c: string): string {
  // In PostgreSQL's regular expressions a backslash before a letter or digit is an escape of its own (\d, \m):
  // only punctuation and symbols are escaped; every other character stands for itself.
  return /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c) ? `\\${c}` : c;
}

/**
 * A PostgreSQL regular expression (for `~*`) that finds `word` in stored text whatever its accents: "Quebec" →
 * "qu[eEéÉ…]b[eEéÉ…]c". Every other character is matched literally, so `%`, `_`, `.` or `(` mean themselves.
 */
export function accentInsensitivePattern(word: string): string {
  const plain = foldAccents(word);
  const chars = [...plain];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const lower = c.toLowerCase();
    const pair = ligatures.get(lower + (chars[i + 1] ?? "").toLowerCase());
    if (pair) {
      out += `(?:${klass(lower)}${klass(chars[i + 1]!.toLowerCase())}|[${pair}])`;
      i++;
    } else if (formsOf.has(lower)) {
      out += klass(lower);
    } else {
      out += literal(c);
    }
  }
  return out;
}

function klass(lower: string): string {
  const forms = formsOf.get(lower);
  return forms ? `[${forms}]` : literal(lower);
}
