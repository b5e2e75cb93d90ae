import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { describeSource } from "@/db/seed-data/sources";
import { homeRegionZh, regionZh } from "@/db/seed-data/regions";
import { partnerPlaces } from "@/db/seed-data/places";

const rows = parse(fs.readFileSync(path.join(process.cwd(), "db", "seed-data", "shandong-partnerships.csv"), "utf8"), {
  columns: true,
  skip_empty_lines: true,
  trim: true,
}) as Record<string, string>[];
const citations = [...new Set(rows.flatMap((r) => (r.source ?? "").split(" | ").map((c) => c.trim())))];

// Half-width , : ; ( ) right after a CJK character (or a half-width bracket opening Chinese text).
const halfWidthAfterCjk = /[\u3400-\u9fff\uf900-\ufaff][,:;()]|\([\u3400-\u9fff]/;

describe("the sources of the seed CSV", () => {
  it("every citation gets an English and a Chinese title and a kind from an explicit entry", () => {
    expect(citations.length).toBeGreaterThan(80);
    for (const c of citations) {
      const d = describeSource(c);
      expect(d.titleEn.length, c).toBeGreaterThan(3);
      expect(d.titleZh, c).toMatch(/[\u4e00-\u9fff]/);
      expect(d.titleZh, c).not.toMatch(halfWidthAfterCjk);
      expect(d.titleZh, c).not.toMatch(/[\u4e00-\u9fff] | [\u4e00-\u9fff]/);
    }
  });

  it("refuses a source it has no entry for rather than giving it a default", () => {
    expect(() => describeSource("https://example.org/sister-cities")).toThrow(/No source entry/);
    expect(() => describeSource("github:someone/else@d3028c22c7e47f18947eb39a41c13e4f2751342e list.tsv")).toThrow(/No source entry/);
    expect(() => describeSource("http://www.goshandong.com.cn/yantai/2021-06/02/c_1.htm")).toThrow(/No page entry/);
    expect(() => describeSource("a note, not an address")).toThrow();
  });

  it("names the publisher and the date the address shows", () => {
    expect(describeSource("http://xinhuanet.com/english/2018-06/22/c_137272120.htm")).toEqual({
      titleEn: "Xinhua (English), 22 June 2018",
      titleZh: "新华网（英文版），2018年6月22日",
      kind: "news",
    });
    expect(describeSource("https://www.regensburg.de/rathaus/partnerstaedte/qingdao")).toEqual({
      titleEn: "City of Regensburg website: partner cities – Qingdao",
      titleZh: "雷根斯堡市政府网站：友好城市——青岛",
      kind: "official_partner",
    });
    expect(
      describeSource("github:L3viathan/sister-cities@d3028c22c7e47f18947eb39a41c13e4f2751342e relations.tsv+names.tsv (Wikidata P190 crawl, 2016)"),
    ).toEqual({
      titleEn: "Wikidata sister-city crawl (L3viathan/sister-cities, 2016)",
      titleZh: "维基数据友好城市汇编（2016年）",
      kind: "aggregator",
    });
    expect(describeSource("https://m.scoop.co.nz/stories/AK0806/S00206.htm").titleEn).toBe("Scoop (New Zealand), June 2008");
    // Zibo's own page on its Gwangju (Gyeonggi-do), ready for the CSV.
    expect(describeSource("https://english.zibo.gov.cn/2023-01/20/c_1073.htm")).toEqual({
      titleEn: "Zibo Municipal People's Government website (English), 20 January 2023",
      titleZh: "淄博市人民政府网站（英文版），2023年1月20日",
      kind: "official_home",
    });
    expect(describeSource("https://www.yybnet.net/zibo/news/201910/9809724.html").titleZh).toBe("yybnet.net地方新闻网站，2019年10月");
  });

  it("classifies the office's own, the partners' governments, news, associations, aggregators and blogs", () => {
    const kind = (c: string) => describeSource(c).kind;
    expect(kind("http://english.jinan.gov.cn/art/2018/11/14/art_30173_2743598.html")).toBe("official_home");
    expect(kind("http://english.rizhao.gov.cn/ctnshownew.php/aid/724")).toBe("official_home");
    expect(kind("https://land-oberoesterreich.gv.at/192005.htm")).toBe("official_partner");
    expect(kind("https://www.davaocity.gov.ph/tourism/davao-city-signs-sister-city-agreement-with-taian-city-china/")).toBe("official_partner");
    expect(kind("https://www.coventry.gov.uk/directory_record/6215/jinan_china")).toBe("official_partner");
    expect(kind("https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html")).toBe("news");
    expect(describeSource("https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html").titleEn).toMatch(/press release/);
    expect(kind("https://jsscc.org/history/")).toBe("association");
    expect(kind("https://cheltenhamtwinning.uk/ourtwintowns/weihai/")).toBe("association");
    // Tai'an's eleven partners rest on this one list: it must not pass for an official or news source.
    expect(kind("https://mark-horner.com/index.php?location=tai_an")).toBe("aggregator");
    expect(kind("http://www.qingdaonese.com/qingdao-sister-and-friendly-co-op-cities/")).toBe("aggregator");
    // Dongying–Midland and Dongying–Samcheok rest on a blog only.
    expect(kind("https://semleinemordem.blogspot.com/2008/10")).toBe("blog");
    // An operator that could not be confirmed is not promoted to an official source.
    expect(kind("http://www.goshandong.com.cn/zibo/2021-06/02/c_634614.htm")).not.toMatch(/^official/);
  });
});

describe("Chinese names of the partners' regions", () => {
  it("cover every region of the CSV in Chinese script with full-width punctuation", () => {
    const regions = [...new Set(rows.map((r) => r.partner_region ?? "").filter(Boolean))];
    expect(regions.length).toBeGreaterThan(70);
    for (const r of regions) {
      expect(regionZh[r], r).toMatch(/^[\u4e00-\u9fff·\-（）]+$/);
    }
    expect(regionZh["Uusimaa"]).toBe("新地区");
    expect(regionZh["Texas"]).toBe("得克萨斯州");
    expect(regionZh["Gloucestershire, England"]).toBe("英格兰格洛斯特郡");
    expect(homeRegionZh).toBe("山东省");
  });
});

describe("the partner places", () => {
  it("give every place with a Chinese name a name in Chinese script, and every city the 市 convention", () => {
    for (const [key, geo] of Object.entries(partnerPlaces)) {
      if (!geo.nameZh) continue;
      expect(geo.nameZh, key).toMatch(/^[\u4e00-\u9fff\-（）]+$/);
      if (geo.kind === "city") expect(geo.nameZh, key).toMatch(/[市镇城]$/);
    }
  });

  it("name the twelve places that had no Chinese name", () => {
    const keys = ["IT:Biella", "NZ:Timaru", "MU:Vacoas-Phoenix", "DE:Schönebeck (Elbe)", "IT:Lugo", "IL:Ra'anana", "PL:Świętochłowice", "FR:La Roche-sur-Yon", "PH:Mandaue", "BR:São José dos Pinhais", "IL:Nes Ziona", "BR:Vila Velha"];
    for (const k of keys) expect(partnerPlaces[k]?.nameZh, k).toBeTruthy();
  });

  it("make Bavaria and Upper Austria states", () => {
    expect(partnerPlaces["DE:Bavaria"]?.kind).toBe("state");
    expect(partnerPlaces["AT:Upper Austria"]?.kind).toBe("state");
  });

  it("keep Zibo's Gwangju (Gyeonggi-do) apart from the Gwangju of Tai'an's unverified list", () => {
    expect(partnerPlaces["KR:Gwangju:Gyeonggi-do"]).toMatchObject({ nameZh: "京畿道广州市", kind: "city" });
    expect(partnerPlaces["KR:Gwangju:Gyeonggi-do"]?.lat).toBeCloseTo(37.43, 1);
    expect(partnerPlaces["KR:Gwangju:Gyeonggi-do"]?.lng).toBeCloseTo(127.26, 1);
    expect(partnerPlaces["KR:Gwangju"]).toEqual({ kind: "city", continent: "asia", lat: null, lng: null });
  });
});
