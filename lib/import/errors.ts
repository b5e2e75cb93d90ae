/**
 * A file refused whole, with the sentence to show: not a CSV or XLSX file, too large, unreadable, or a header without
 * the columns an import needs. Nothing of such a file is applied.
 */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
