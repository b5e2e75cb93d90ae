import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryPageSize, searchPartnerships } from "@/lib/kinds/partnership/public";
import { parseDirectoryQuery } from "@/lib/validation/directory";
import { freshDatabase } from "./support/db";

let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const pinyin = new Intl.Collator("zh-Hans-u-co-pinyin");

describe("the directory sorted by name", () => {
  it("in Chinese, lists partners by the pinyin of their Chinese names, across its pages", async () => {
    const first = await searchPartnerships(parseDirectoryQuery({}), [], "zh");
    const second = await searchPartnerships(parseDirectoryQuery({ page: "2" }), [], "zh");
    expect(first.total).toBeGreaterThan(directoryPageSize);
    expect(first.items).toHaveLength(directoryPageSize);
    const shown = [...first.items, ...second.items].map((t) => t.partnerNameZh ?? t.partnerNameEn);
    expect(shown).toEqual([...shown].sort(pinyin.compare));
    // No tie on both pages, and an order that is not the English names' one.
    expect(shown.length).toBe(new Set([...first.items, ...second.items].map((t) => t.slug)).size);
    const english = first.items.map((t) => t.partnerNameEn);
    expect(english).not.toEqual([...english].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("in English, keeps the English names' order", async () => {
    const result = await searchPartnerships(parseDirectoryQuery({}), [], "en");
    const names = result.items.map((t) => t.partnerNameEn);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });
});
