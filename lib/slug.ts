/** A URL slug from a name in any Latin script: "Klaipėda" -> "klaipeda", "Perm Oblast (now Perm Krai)" -> "perm-oblast". */
export function slugify(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The address of a dated record: its title's slug with the year, which tells this year's fair from last year's. A
 * title that already has the year as a word ("Youth summer camp 2027") keeps it once, not "…-2027-2027".
 */
export function slugWithYear(title: string, year: string | undefined): string {
  const base = slugify(title);
  if (!year || base.split("-").includes(year)) return base;
  return base ? `${base}-${year}` : year;
}
