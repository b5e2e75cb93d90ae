import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPartnerCountries } from "@/lib/kinds/place/public";
import { directoryPageSize, searchPartnerships, searchWordsOf } from "@/lib/kinds/partnership/public";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import { foldAccents, searchWords } from "@/lib/search";
import { containsWordSql, searchPatterns } from "@/lib/data/sql";
import { parseDirectoryQuery } from "@/lib/validation/directory";
import { freshDatabase } from "./support/db";

/**
 * The directory's search as a visitor types it, on the demo data: on PGlite, and on the PostgreSQL server at
 * DATABASE_URL when it is set (both with pg_trgm and unaccent, drizzle/0006_search_trigrams.sql).
 */
let drop: () => Promise<void>;
let db: Db;
let countries: string[];
beforeAll(async () => {
  ({ drop, db } = await freshDatabase({ seed: true }));
  countries = await listPartnerCountries();
});
afterAll(() => drop?.());

async function search(params: Record<string, string>) {
  const query = parseDirectoryQuery(params);
  return searchPartnerships(query, searchWordsOf(query.q, countries));
}

async function slugsFor(q: string, params: Record<string, string> = {}): Promise<string[]> {
  const result = await search({ ...params, q });
  return result.items.map((i) => i.slug);
}

describe("the directory search", () => {
  it("finds a tie by both its places' names, in any order, in either language, with any separator", async () => {
    for (const q of ["Jinan Vantaa", "Vantaa Jinan", "jinan–vantaa", "Jinan-Vantaa", "济南 万塔", "济南、万塔", "Jinan 万塔", "  vantaa   JINAN "]) {
      expect(await slugsFor(q), q).toEqual(["jinan-vantaa"]);
    }
  });

  it("needs every word to match: a word that matches nothing finds nothing", async () => {
    expect(await slugsFor("Jinan Atlantis")).toEqual([]);
  });

  it("matches a word against the country's name in either language, and the kind of tie", async () => {
    expect(await slugsFor("Jinan Finland")).toEqual(["jinan-vantaa"]);
    expect(await slugsFor("济南 芬兰")).toEqual(["jinan-vantaa"]);
    const sisterCities = await search({ q: "Jinan sister" });
    const jinan = await search({ q: "Jinan" });
    expect(sisterCities.total).toBeGreaterThan(0);
    expect(sisterCities.total).toBeLessThan(jinan.total);
    expect(sisterCities.items.every((i) => i.homeSlug === "jinan" && i.type === "sister_city")).toBe(true);
    expect((await search({ q: "济南 友好城市" })).total).toBe(sisterCities.total);
  });

  it("ignores accents both ways: typed where the record has none, and missing where the record has them", async () => {
    // Stored "Quebec", typed with its accent.
    expect(await slugsFor("Québec")).toContain("shandong-quebec");
    expect(await slugsFor("QUÉBEC Shandong")).toContain("shandong-quebec");
    // Stored with accents, typed without: names and regions.
    expect(await slugsFor("Sao Paulo")).toEqual(["shandong-sao-paulo"]);
    expect(await slugsFor("Sao Jose dos Pinhais Zibo")).toHaveLength(1);
    expect(await slugsFor("Espirito Santo")).toEqual(expect.arrayContaining(["qingdao-vila-velha", "qingdao-vitoria"]));
    expect(await slugsFor("Baden-Wurttemberg")).toEqual(["qingdao-mannheim"]);
    expect(await slugsFor("Swietochlowice")).toHaveLength(1);
    expect(await slugsFor("Sodermanland")).toHaveLength(1);
    // Full-width letters are letters.
    expect(await slugsFor("Ｑｕｅｂｅｃ")).toContain("shandong-quebec");
  });

  it("takes wildcards and regular-expression characters literally", async () => {
    for (const q of ["%", "_", "J%n", "J_nan", ".*", "Jinan|Vantaa", "(((", "[[", "\\\\", "a{1000}", "^Jinan", "***:x"]) {
      const result = await search({ q });
      expect(result.total, q).toBe(0);
    }
    // Stacked accents are accents: the letter under them is what is looked for.
    expect((await search({ q: "e\u0301\u0301\u0301" })).total).toBe((await search({ q: "e" })).total);
  });

  it("says which page past the last was asked for, with nothing on it", async () => {
    const all = await search({});
    const past = await search({ page: String(all.pages + 5) });
    expect(past).toMatchObject({ page: all.pages + 5, pages: all.pages, items: [] });
    expect(all.items).toHaveLength(Math.min(all.total, directoryPageSize));
  });
});

describe("folding accents", () => {
  it("folds Latin letters and leaves other scripts alone", () => {
    expect(foldAccents("Świętochłowice Québec São Paulo Ōita Ørsted Straße")).toBe("Swietochlowice Quebec Sao Paulo Oita Orsted Strasse");
    expect(foldAccents("광주 がぎ Москва Йошкар-Ола 济南")).toBe("광주 がぎ Москва Йошкар-Ола 济南");
    expect(searchWords("Jinan–Vantaa · Qingdao")).toEqual(["Jinan", "Vantaa", "Qingdao"]);
  });

  it("folds stored text and the typed word alike in the database, and takes LIKE's wildcards literally", async () => {
    const contains = async (stored: string, word: string) => {
      const [pattern] = await searchPatterns(db, [word]);
      const [row] = rowsOf<{ found: boolean }>(await db.execute(sql`select ${containsWordSql(sql`search_fold(${stored})`, pattern!)} as found`));
      return row?.found;
    };
    expect(await contains("Straße", "STRASSE")).toBe(true);
    expect(await contains("Ærøskøbing", "aeroskobing")).toBe(true);
    expect(await contains("Québec", "québec")).toBe(true);
    expect(await contains("Москва", "москва")).toBe(true);
    expect(await contains("济南市", "济南")).toBe(true);
    expect(await contains("Jinan", "J_nan")).toBe(false);
    expect(await contains("J_nan", "j_nan")).toBe(true);
    expect(await contains("Jinan", "J%")).toBe(false);
    expect(await contains("a\\b", "a\\b")).toBe(true);
    expect(await contains("ab", "a\\b")).toBe(false);
  });
});
