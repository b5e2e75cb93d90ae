import { describe, expect, it } from "vitest";
import { anniversaryIn, anniversaryYears } from "@/lib/anniversaries";
import { compareNames, formatDateAt, formatDecade, formatMoney, formatNameList, formatRange, homesInOrder, sortByName } from "@/lib/i18n/format";
import { parenthetical, pick, placeNameIn, placeWithCountry, regionName, tieTitle } from "@/lib/i18n/content";
import { directoryHref, parseDirectoryQuery } from "@/lib/validation/directory";
import { slugify, slugWithYear } from "@/lib/slug";

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
  });

  it("reads in Chinese as Chinese writes it: counted in 万 and 亿, the currency named after, never rounded", () => {
    expect(formatMoney("zh", "240000000.000", "EUR")).toBe("2.4亿欧元");
    expect(formatMoney("zh", "30000000.000", "EUR")).toBe("3000万欧元");
    expect(formatMoney("zh", "319000000", "USD")).toBe("3.19亿美元");
    expect(formatMoney("zh", "240000000", "CNY")).toBe("2.4亿元");
    // Exact: 2.405亿, not a rounded 2.4亿; and all the digits where 万 or 亿 would need more than four decimals.
    expect(formatMoney("zh", "240500000", "EUR")).toBe("2.405亿欧元");
    expect(formatMoney("zh", "9007199254740993", "CNY")).toBe("9,007,199,254,740,993元");
    // Small amounts and amounts with minor units as they are, with no grouping comma in four digits.
    expect(formatMoney("zh", "5000", "EUR")).toBe("5000欧元");
    expect(formatMoney("zh", "500.000", "CNY")).toBe("500元");
    expect(formatMoney("zh", "10000000.500", "EUR")).toBe("10,000,000.50欧元");
  });
});

describe("Chinese typography", () => {
  it("writes a date range with 至, dropping what the end shares with the start", () => {
    expect(formatRange("zh", "2021年10月20日", "2021年10月22日")).toBe("2021年10月20日至22日");
    expect(formatRange("zh", "2021年10月30日", "2021年11月2日")).toBe("2021年10月30日至11月2日");
    expect(formatRange("zh", "2021年12月30日", "2022年1月2日")).toBe("2021年12月30日至2022年1月2日");
    expect(formatRange("zh", "14:30", "16:00", "time")).toBe("14:30至16:00");
    expect(formatRange("en", "20 October 2021", "22 October 2021")).toBe("20 October 2021 – 22 October 2021");
  });

  it("names decades as 20世纪80年代", () => {
    expect(formatDecade("zh", 1980)).toBe("20世纪80年代");
    expect(formatDecade("zh", 2000)).toBe("21世纪00年代");
    expect(formatDecade("zh", 2010)).toBe("21世纪10年代");
    expect(formatDecade("en", 1980)).toBe("1980s");
  });

  it("lists names with the enumeration comma, so 和歌山市 is never read as a second 和", () => {
    expect(formatNameList("zh", ["考文垂", "和歌山市"])).toBe("考文垂、和歌山市");
    expect(formatNameList("en", ["Coventry", "Wakayama"])).toBe("Coventry and Wakayama");
  });

  it("joins a tie's two places with a dash and no spaces, and brackets full-width", () => {
    const jinan = { nameEn: "Jinan", nameZh: "济南市" };
    const vantaa = { nameEn: "Vantaa", nameZh: "万塔" };
    expect(tieTitle("zh", jinan, vantaa)).toBe("济南市—万塔");
    expect(tieTitle("en", jinan, vantaa)).toBe("Jinan – Vantaa");
    expect(parenthetical("zh", "2")).toBe("（2）");
    expect(parenthetical("en", "2")).toBe(" (2)");
    expect(placeWithCountry("zh", "下关市", "日本")).toBe("日本下关市");
    expect(placeWithCountry("en", "Shimonoseki", "Japan")).toBe("Shimonoseki, Japan");
  });
});

describe("names in the reader's order", () => {
  it("sorts Chinese names by pinyin, not by code point", () => {
    // Code point order would put 上 (U+4E0A) before 北 (U+5317) and 淄 before 济.
    expect(sortByName("zh", ["上海", "淄博市", "北京", "济南市", "青岛市", "东营市"], (n) => n)).toEqual(["北京", "东营市", "济南市", "青岛市", "上海", "淄博市"]);
    expect(["Ölands", "Zibo", "Adelaide"].sort(compareNames("en"))).toEqual(["Adelaide", "Ölands", "Zibo"]);
  });

  it("puts the province first, then its cities by the name the reader sees", () => {
    const homes = [
      { slug: "zibo", kind: "city", nameEn: "Zibo", nameZh: "淄博市" },
      { slug: "jinan", kind: "city", nameEn: "Jinan", nameZh: "济南市" },
      { slug: "shandong", kind: "province", nameEn: "Shandong Province", nameZh: "山东省" },
      { slug: "qingdao", kind: "city", nameEn: "Qingdao", nameZh: "青岛市" },
      { slug: "dezhou", kind: "city", nameEn: "Dezhou", nameZh: "德州市" },
    ];
    expect(homesInOrder("zh", homes).map((h) => h.slug)).toEqual(["shandong", "dezhou", "jinan", "qingdao", "zibo"]);
    expect(homesInOrder("en", homes).map((h) => h.slug)).toEqual(["shandong", "dezhou", "jinan", "qingdao", "zibo"]);
  });
});

describe("bilingual content", () => {
  it("shows Chinese when it exists, else the English marked as a fallback", () => {
    expect(pick("zh", "Sister cities", "友好城市")).toEqual({ text: "友好城市", lang: "zh", fallback: false });
    expect(pick("zh", "Sister cities", null)).toEqual({ text: "Sister cities", lang: "en", fallback: true });
    expect(pick("en", "Sister cities", "友好城市")).toEqual({ text: "Sister cities", lang: "en", fallback: false });
    expect(pick("en", null, null)).toBeNull();
    expect(pick("zh", "Sister cities", "  ")).toEqual({ text: "Sister cities", lang: "en", fallback: true });
  });

  it("names a region in Chinese when the place has one, else in its Latin name, saying so", () => {
    expect(regionName("zh", { regionEn: "Shandong Province", regionZh: "山东省" })).toEqual({ text: "山东省", lang: "zh", fallback: false });
    expect(regionName("en", { regionEn: "Shandong Province", regionZh: "山东省" })).toEqual({ text: "Shandong Province", lang: "en", fallback: false });
    // Before the column exists (or for a region with no Chinese name): the English, marked as English.
    expect(regionName("zh", { regionEn: "Uusimaa" })).toEqual({ text: "Uusimaa", lang: "en", fallback: false });
    expect(regionName("zh", { regionEn: "", regionZh: null })).toBeNull();
  });

  it("keeps a place's Latin name, marked as English, when it has no Chinese one", () => {
    expect(placeNameIn("zh", { nameEn: "Biella", nameZh: null })).toEqual({ text: "Biella", lang: "en", fallback: false });
    expect(placeNameIn("zh", { nameEn: "Vantaa", nameZh: "万塔" })).toEqual({ text: "万塔", lang: "zh", fallback: false });
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

  it("of dated records end with the year once, even when the title already has it", () => {
    expect(slugWithYear("Jinan–Vantaa youth summer camp 2027", "2027")).toBe("jinan-vantaa-youth-summer-camp-2027");
    expect(slugWithYear("2027 Jinan–Vantaa youth summer camp", "2027")).toBe("2027-jinan-vantaa-youth-summer-camp");
    expect(slugWithYear("Hanover Fair 2026/27", "2026")).toBe("hanover-fair-2026-27");
    expect(slugWithYear("Jinan–Vantaa youth summer camp", "2027")).toBe("jinan-vantaa-youth-summer-camp-2027");
    // Another year in the title, or the year inside a longer number, is not this year's.
    expect(slugWithYear("Twenty years since 2006", "2026")).toBe("twenty-years-since-2006-2026");
    expect(slugWithYear("Forum 20270", "2027")).toBe("forum-20270-2027");
    expect(slugWithYear("Forum", undefined)).toBe("forum");
    expect(slugWithYear("济南", "2027")).toBe("2027");
  });
});
