// What the sources say about a tie beyond one CSV row: its status where a source states one, the dated steps of its
// history, and a note where the sources disagree. Every entry rests on a source the tie's row already cites (the
// disagreements are the list in shared/data/README.md, "Where sources disagree"), or on the seed articles.

type Status = "not_recorded" | "in_contact" | "letter_of_intent" | "active" | "dormant" | "ended";

export interface TieStep {
  /** "1987", "2018-06" or "2018-06-22": as much of the date as the source gives. */
  on: string;
  en: string;
  zh: string;
}

export interface TieHistory {
  /** Where a source states the tie's standing; otherwise it is "not_recorded". */
  status?: Status;
  /** Overrides the CSV's year where the year is not one of an established tie (null: not established). */
  established?: string | null;
  steps?: TieStep[];
  /** Shown on the profile under "Where sources disagree". */
  note?: { en: string; zh: string };
  /** Replaces the generated summary where the template would say more than the sources. */
  summary?: { en: string; zh: string };
}

/** Keyed by the tie's slug. */
export const tieHistory: Record<string, TieHistory> = {
  // The 2021 conference (China Daily, 20 October 2021): both mayors spoke of the tie as a living one.
  "jinan-coventry": { status: "active" },
  "jinan-vantaa": { status: "active" },

  "shandong-upper-austria": {
    note: {
      en: "The region's government gives 1996 (the year shown); a newspaper report gives 1995.",
      zh: "上奥地利州政府网站载明1996年（本页所列年份）；一篇报纸报道则称1995年。",
    },
  },
  "shandong-chungcheongbuk-do": {
    note: {
      en: "Sources give 2002 (the year shown) or 2001; the Korean side calls the partner a friendly-exchange region.",
      zh: "资料分别载明2002年（本页所列年份）和2001年；韩方将双方关系称为友好交流地区。",
    },
  },
  "shandong-isabel-province": {
    note: {
      en: "One report (December 2023) says the two provinces established a sister relationship; another says they signed a memorandum of understanding “to forge” one.",
      zh: "一篇报道（2023年12月）称两省建立了姊妹关系；另一篇报道则称双方签署的是“推动建立”姊妹关系的谅解备忘录。",
    },
  },
  "qingdao-adelaide": {
    steps: [
      { on: "2000", en: "Friendly-cooperation city relationship (some sources: 2001)", zh: "建立友好合作关系（另有资料称2001年）" },
      { on: "2014", en: "Sister-city relationship", zh: "结为友好城市" },
    ],
    note: {
      en: "Sources date the friendly-cooperation relationship to 2000 or 2001; the sister-city year, 2014, is the one shown.",
      zh: "关于友好合作关系的建立时间，资料分别载明2000年和2001年；本页所列2014年为结为友好城市的年份。",
    },
  },
  "qingdao-regensburg": {
    note: {
      en: "Regensburg calls it a sister-city treaty (2009); a Chinese source calls it friendly cooperation.",
      zh: "雷根斯堡市称双方于2009年签订友好城市协议；一份中文资料则称其为友好合作关系。",
    },
  },
  "qingdao-paderborn": {
    note: {
      en: "Paderborn records a cooperation agreement of 2003, recorded here as friendly cooperation.",
      zh: "帕德博恩市记载双方于2003年签订合作协议，本站按友好合作关系记录。",
    },
  },
  "qingdao-north-shore-city": {
    steps: [
      { on: "2008", en: "Sister-city agreement with North Shore City", zh: "与北岸市签订友好城市协议" },
      { on: "2010", en: "North Shore City merged into Auckland", zh: "北岸市并入奥克兰市" },
    ],
  },
  "shandong-perm-oblast": {
    steps: [
      { on: "1999", en: "Province-state relationship with Perm Oblast", zh: "与彼尔姆州建立友好省州关系" },
      { on: "2005", en: "Perm Oblast merged into the new Perm Krai", zh: "彼尔姆州并入新设立的彼尔姆边疆区" },
    ],
  },
  "weihai-cheltenham": {
    summary: {
      en: "Weihai and Cheltenham (Gloucestershire, England, United Kingdom) signed a twinning protocol in 1987 and became full sister cities in 1998.",
      zh: "威海市与英国英格兰格洛斯特郡切尔滕纳姆市于1987年签署友好交流议定书，1998年正式结为友好城市。",
    },
    steps: [
      { on: "1987", en: "Protocol signed", zh: "签署友好交流议定书" },
      { on: "1998", en: "Full twinning status", zh: "正式结为友好城市" },
    ],
    note: {
      en: "The year shown, 1987, is the protocol's; full twinning status followed in 1998.",
      zh: "本页所列1987年为签署议定书的年份；1998年双方正式结为友好城市。",
    },
  },
  "weihai-vacoas-phoenix": {
    note: {
      en: "One source places Vacoas in Senegal; Vacoas-Phoenix is in Mauritius, which is recorded here.",
      zh: "有资料称瓦科阿位于塞内加尔；瓦科阿-凤凰城位于毛里求斯，本站按毛里求斯记录。",
    },
  },
  "jinan-sacramento": {
    summary: {
      en: "Jinan and Sacramento (California, United States) have been sister cities since 1984, when Sacramento's city council resolved on the tie; the agreement was signed in 1985.",
      zh: "济南市与美国加利福尼亚州萨克拉门托市自1984年起为友好城市：当年萨克拉门托市议会通过结好决议，1985年双方正式签署协议。",
    },
    steps: [
      { on: "1984", en: "Sacramento city council resolution", zh: "萨克拉门托市议会通过结好决议" },
      { on: "1985", en: "Agreement signed", zh: "正式签署结好协议" },
    ],
    note: {
      en: "The year shown, 1984, is the city's resolution; the agreement was signed in 1985.",
      zh: "本页所列1984年为萨克拉门托市通过决议的年份；结好协议于1985年签署。",
    },
  },
  "jining-springfield": {
    status: "in_contact",
    established: null,
    steps: [{ on: "2018-06-22", en: "Reported as about to be signed (Xinhua)", zh: "新华社报道双方即将签署结好协议" }],
    note: {
      en: "Low confidence: the only source (Xinhua, June 2018) reports the agreement as about to be signed, not signed.",
      zh: "可信度较低：唯一的资料（新华社，2018年6月）称协议即将签署，并未证实已经签署。",
    },
    summary: {
      en: "In June 2018 Jining and Springfield (Illinois, United States) were reported to be about to sign a sister-city agreement; no source confirms the signing.",
      zh: "2018年6月，有报道称济宁市与美国伊利诺伊州斯普林菲尔德市即将签署友好城市协议，尚无资料证实已正式签署。",
    },
  },
  "dongying-midland": {
    note: {
      en: "Low confidence: the only source is a blog post of 2008.",
      zh: "可信度较低：唯一的资料是2008年的一篇博客文章。",
    },
  },
  "dongying-samcheok": {
    note: {
      en: "Low confidence: the only source is a blog post of 2008.",
      zh: "可信度较低：唯一的资料是2008年的一篇博客文章。",
    },
  },
  "zibo-gwangju-gyeonggi-do": {
    note: {
      en: "Zibo's English website (October 2021) calls its partner “South Korea's sixth-largest metropolis”, which describes Gwangju Metropolitan City. Zibo's government (2023: Gwangju in Gyeonggi province, twinned in September 2003), its Foreign Affairs Office (韩国广州市) and Gwangju's mayor (2019: 40 km from Seoul) all mean Gwangju in Gyeonggi-do, which is recorded here.",
      zh: "淄博市英文网站（2021年10月）称其友城为“韩国第六大城市”，这指的是光州广域市。而淄博市政府网站（2023年：京畿道广州市，2003年9月结好）、淄博市外办（韩国广州市）以及广州市市长（2019年：距首尔40公里）所指均为京畿道广州市，本站按此记录。",
    },
  },
  "taian-gwangju": {
    note: {
      en: "Tai'an's partner lists differ between sources; this one rests on a single aggregator, which does not say which Gwangju (Gwangju Metropolitan City or Gwangju, Gyeonggi-do) is meant.",
      zh: "各资料所列泰安市友好城市不尽相同；此条仅见于一个汇编网站，且未指明是光州广域市还是京畿道广州市。",
    },
    summary: {
      en: "Tai'an is listed as a sister city of a Gwangju in South Korea by a single aggregator, which does not say which Gwangju is meant.",
      zh: "一个汇编网站将泰安市列为韩国一座城市的友好城市，但该网站只给出了该城市的罗马字拼写，未指明是光州广域市还是京畿道广州市。",
    },
  },
};

/** Tai'an's other partners rest on the same single aggregator (shared/data/README.md). */
export const taianNote = {
  en: "Tai'an's partner lists differ between sources; this tie rests on a single aggregator.",
  zh: "各资料所列泰安市友好城市不尽相同；此条仅见于一个汇编网站。",
};

/** Places whose name in the CSV carries what became of them; the name is the one the tie was made with. */
export const placeHistory: Record<string, { nameEn: string; successorEn: string; successorZh: string }> = {
  "NZ:North Shore City (now part of Auckland)": {
    nameEn: "North Shore City",
    successorEn: "Auckland (merged in 2010)",
    successorZh: "奥克兰市（2010年合并）",
  },
  "RU:Perm Oblast (now Perm Krai)": {
    nameEn: "Perm Oblast",
    successorEn: "Perm Krai (merged in 2005)",
    successorZh: "彼尔姆边疆区（2005年合并）",
  },
};
