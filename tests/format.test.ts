import { describe, expect, it } from "vitest";
import { anniversaryIn, anniversaryYears } from "@/lib/anniversaries";
import { formatDateAt, formatMoney } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/content";
import { directoryHref, parseDirectoryQuery } from "@/lib/validation/directory";
import { slugify } from "@/lib/slug";

describe("dates at their known precision", () => {
  it("show a year alone, a month, or a day, never more than the source gave, in each language", () => {
    expect(formatDateAt("en", "1979-01-01", "year")).toBe("1979");
    expect(formatDateAt("en", "2021-10-01", "month")).toBe("October 2021");
    expect(formatDateAt("en", "2021-10-20", "day")).toBe("20 October 2021");
    expect(formatDateAt("zh", "1979-01-01", "year")).toBe("1979年");
    expect(formatDateAt("zh", "2021-10-01", "month")).toBe("2021年10月");
    expect(formatDateAt("en", null, null)).toBeNull();
  });
});

describe("money", () => {
  it("is formatted from its exact decimal string", () => {
    expect(formatMoney("en", "240000000.000", "EUR")).toBe("€240,000,000");
    expect(formatMoney("en", "10000000.500", "EUR")).toBe("€10,000,000.50");
    expect(formatMoney("en", "0.125", "KWD")).toBe("KWD\u00a00.125");
    expect(formatMoney("zh", "9007199254740993", "CNY")).toBe("¥9,007,199,254,740,993");
  });
});

describe("bilingual content", () => {
  it("shows Chinese when it exists, else the English marked as a fallback", () => {
    expect(pick("zh", "Sister cities", "友好城市")).toEqual({ text: "友好城市", lang: "zh", fallback: false });
    expect(pick("zh", "Sister cities", null)).toEqual({ text: "Sister cities", lang: "en", fallback: true });
    expect(pick("en", "Sister cities", "友好城市")).toEqual({ text: "Sister cities", lang: "en", fallback: false });
    expect(pick("en", null, null)).toBeNull();
  });
});

describe("anniversaries", () => {
  it("are the round ones the office marks", () => {
    expect(anniversaryIn(2026, 2001)).toBe(25);
    expect(anniversaryIn(2026, 1986)).toBe(40);
    expect(anniversaryIn(2026, 1979)).toBeNull();
    expect(anniversaryIn(2026, 2026)).toBeNull();
  });

  it("are every fifth year from the fifth on: the 35th is not skipped, nor any past the 50th", () => {
    expect(anniversaryIn(2026, 1991)).toBe(35);
    expect(anniversaryIn(2036, 1981)).toBe(55);
    expect(anniversaryIn(2079, 1979)).toBe(100);
    expect(anniversaryIn(2026, 2023)).toBeNull();
    expect(anniversaryIn(2026, 2021)).toBe(5);
    expect(anniversaryIn(2026, 2024)).toBeNull();
    // The list the home page and the dashboard look years up in: 5, 10, 15, … with no gap.
    expect(anniversaryYears.slice(0, 12)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
  });
});

describe("directory query strings", () => {
  it("keep valid filters, drop malformed ones, and round-trip to short links", () => {
    const query = parseDirectoryQuery({ q: "  Vantaa  ", country: "fi", type: "twin_town", page: "-2", decade: "2000", sort: "year" });
    expect(query).toEqual({ q: "Vantaa", country: "FI", continent: undefined, type: undefined, status: undefined, home: undefined, decade: 2000, sort: "year", page: 1 });
    expect(directoryHref(query)).toBe("?q=Vantaa&country=FI&decade=2000&sort=year");
    expect(directoryHref(parseDirectoryQuery({}))).toBe("");
    expect(parseDirectoryQuery({ q: ["a", "b"], decade: "1995" })).toMatchObject({ q: "a", decade: undefined });
  });
});

describe("slugs", () => {
  it("keep names readable in URLs, whatever their script marks", () => {
    expect(slugify("Klaipėda")).toBe("klaipeda");
    expect(slugify("Świętochłowice")).toBe("swietochlowice");
    expect(slugify("Hachiōji")).toBe("hachioji");
    expect(slugify("Perm Oblast (now Perm Krai)")).toBe("perm-oblast");
    expect(slugify("Tai'an")).toBe("taian");
    expect(slugify("São Paulo (state)")).toBe("sao-paulo");
  });
});
