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
