/**
 * What a ZIP archive says it holds, read from its central directory without unpacking anything: enough to tell an
 * XLSX workbook (an OOXML package with a workbook part) from any other ZIP (a DOCX, an ODS, photos), and to refuse an
 * archive that would unpack to far more than it weighs before a reader inflates it in memory.
 */
export interface ZipListing {
  names: string[];
  /** The sum of the entries' uncompressed sizes as the directory states them. */
  unpackedBytes: number;
}

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The directory of a ZIP archive, or null where it has none that can be read (a truncated or damaged file, ZIP64). */
export function listZip(bytes: Uint8Array): ZipListing | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return null;
  const names: string[] = [];
  let unpackedBytes = 0;
  let at = offset;
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

/** Whether the listing is an Excel workbook: the OOXML content types and a workbook part (xl/workbook.xml). */
export function isXlsxListing(listing: ZipListing): boolean {
  return listing.names.includes("[Content_Types].xml") && listing.names.some((n) => /^xl\/workbook\.xml$/i.test(n));
}
