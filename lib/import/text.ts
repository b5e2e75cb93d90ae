import { ImportFileError } from "./errors";

/**
 * A CSV file's bytes as text. Offices save CSV from Excel and WPS in UTF-8 (with or without a byte-order mark) or, on
 * Chinese Windows, in GB18030 (GBK): valid UTF-8 is read as UTF-8, anything else as GB18030. A file whose lines are
 * in both (rows pasted from two exports) is refused rather than read with half its names garbled, and so is text in a
 * Western single-byte encoding, which GB18030 would turn into Chinese characters without an error.
 */
export type TextEncodingName = "UTF-8" | "UTF-16" | "GB18030";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based numbers of the lines with bytes above ASCII, split into those that are valid UTF-8 and those that are not. */
function linesByEncoding(bytes: Uint8Array): { utf8: number[]; other: number[] } {
  const result = { utf8: [] as number[], other: [] as number[] };
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) (isUtf8(slice) ? result.utf8 : result.other).push(line);
    start = i + 1;
    line++;
  }
  return result;
}

/**
 * Whether GB18030 reading would be a guess: in Chinese text a double-byte character's second byte is almost always
 * above ASCII (GB2312's characters all are), while "Québec" in Windows-1252 pairs é with the ASCII "b" after it.
 */
function looksSingleByte(bytes: Uint8Array): boolean {
  let pairs = 0;
  let asciiSecond = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && next >= 0x30 && next <= 0x39) {
      i += 4;
      continue;
    }
    pairs++;
    if (next < 0x80) asciiSecond++;
    i += 2;
  }
  return pairs > 0 && asciiSecond * 2 > pairs;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (isUtf8(bytes)) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(bom ? 3 : 0)), encoding: "UTF-8" };
  }
  const lines = linesByEncoding(bytes);
  if (lines.utf8.length && lines.other.length) {
    throw new ImportFileError(
      `The file mixes text encodings: line ${lines.utf8[0]} is UTF-8 and line ${lines.other[0]} is not. Save the whole file again as "CSV UTF-8" and import that.`,
    );
  }
  if (looksSingleByte(bytes)) {
    throw new ImportFileError(
      `The file's text is neither UTF-8 nor GB18030 (line ${lines.other[0]} looks like a Western single-byte encoding). Save it as "CSV UTF-8" and import that.`,
    );
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "GB18030" };
  } catch {
    throw new ImportFileError(`This is not a CSV or XLSX file: its text is neither UTF-8 nor GB18030 (line ${lines.other[0]}).`);
  }
}

/** Characters no CSV holds: what makes a binary file (an image, a PDF, an old .xls) tell itself apart from text. */
export const binaryCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The delimiter a CSV's header line uses: the most frequent of comma, semicolon and tab outside quotes (comma on a tie). */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}
