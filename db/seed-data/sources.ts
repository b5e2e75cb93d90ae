// Titles and kinds of the sources cited in shandong-partnerships.csv.
//
// Every publisher (host) has an explicit entry: a citation from a host not listed here throws, so a new source in the
// CSV cannot silently get a default title or kind. A title names the publisher and only what the citation itself shows
// (a date in its address, the subject its path names); nothing here is taken from a page's content unless a comment
// says where it was read.
//
// Kinds:
// - official_home: a Chinese government page of Shandong or its cities (the office's own side).
// - official_partner: the foreign partner's government (a city, county, state, region or national government site).
// - news: a news outlet, or a dated press release distributed by a wire service (PR Newswire, EIN Presswire). A release
//   is its issuer's own public statement, not a third party's compilation, so it is not an aggregator; its title says
//   "press release" so that a reader can weigh it.
// - association: a twinning association, sister-city committee, chamber or development agency, or an association of
//   governments (NEAR, whose members, Shandong among them, report their own ties).
// - aggregator: lists or copies compiled by third parties (a Wikidata crawl, reposting sites, personal lists), and
//   sites whose publisher could not be identified.
// - blog: blogs.
export type SourceKind = "official_home" | "official_partner" | "news" | "association" | "aggregator" | "blog";

export interface SourceDescription {
  titleEn: string;
  titleZh: string;
  kind: SourceKind;
}

interface SourceDate {
  y: number;
  m?: number;
  d?: number;
}

interface Words {
  en: string;
  zh: string;
}

interface Publisher {
  kind: SourceKind;
  en: string;
  zh: string;
  /** The date the address shows, if any (the match must succeed when given). */
  date?: (url: string) => SourceDate | null;
  /** The subject the path names. */
  subject?: Words;
  /**
   * Per-page words: the first entry whose pattern matches the citation adds a section to the publisher's name and/or a
   * subject; a citation matching none throws.
   */
  pages?: [RegExp, { section?: Words; subject?: Words }][];
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date from the address: groups y, m and d (m and d optional). */
function ymd(re: RegExp) {
  return (url: string): SourceDate | null => {
    const g = re.exec(url)?.groups;
    if (!g) return null;
    return { y: Number(g.y), m: g.m ? Number(g.m) : undefined, d: g.d ? Number(g.d) : undefined };
  };
}

function dateEn({ y, m, d }: SourceDate) {
  if (!m) return String(y);
  return d ? `${d} ${months[m - 1]} ${y}` : `${months[m - 1]} ${y}`;
}

function dateZh({ y, m, d }: SourceDate) {
  if (!m) return `${y}年`;
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

const github: Record<string, Publisher> = {
  // A crawl of Wikidata's "twinned administrative body" (P190) made in 2016 and kept on GitHub.
  "L3viathan/sister-cities": {
    kind: "aggregator",
    en: "Wikidata sister-city crawl (L3viathan/sister-cities, 2016)",
    zh: "维基数据友好城市汇编（2016年）",
  },
};

/** Keyed by host name without "www." (and without a port). */
const publishers: Record<string, Publisher> = {
  // ---- official_home: Chinese government sites of Shandong and its cities
  "english.jinan.gov.cn": {
    kind: "official_home",
    en: "Jinan Municipal People's Government website (English)",
    zh: "济南市人民政府网站（英文版）",
    date: ymd(/\/art\/(?<y>\d{4})\/(?<m>\d{1,2})\/(?<d>\d{1,2})\//),
  },
  "english.rizhao.gov.cn": {
    kind: "official_home",
    en: "Rizhao Municipal People's Government website (English)",
    zh: "日照市人民政府网站（英文版）",
  },
  // Zibo's Gwangju (in Gyeonggi-do), and the Chinese name of the CPPCC Jinan Committee's chair (雷杰).
  "english.zibo.gov.cn": {
    kind: "official_home",
    en: "Zibo Municipal People's Government website (English)",
    zh: "淄博市人民政府网站（英文版）",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  "fao.zibo.gov.cn": {
    kind: "official_home",
    en: "Foreign Affairs Office of the Zibo Municipal People's Government website",
    zh: "淄博市人民政府外事办公室网站",
  },
  "jnzx.gov.cn": {
    kind: "official_home",
    en: "CPPCC Jinan Committee website",
    zh: "政协济南市委员会网站",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\//),
  },
  // "A public service platform for investment and talent attraction in the province organized by the CPC Shandong
  // Provincial Committee and the People's Government of Shandong Province, undertaken by the Department of Commerce"
  // (en.selectshandong.com/syzx/ywxx/627287958876229.shtml).
  "m.selectshandong.com": {
    kind: "official_home",
    en: "Select Shandong, the provincial government's investment platform (German page)",
    zh: "选择山东（山东省招商引资平台）德文页面",
  },
  // The site calls itself "the official website of the 30th anniv. of Shandong-Bavaria sister province/state
  // relationship"; its news reports the Shandong Foreign Affairs Office's own work (www.shandong-bayern.com/de/).
  "shandong-bayern.com": {
    kind: "official_home",
    en: "Official website of the 30th anniversary of the Shandong–Bavaria sister province/state relationship",
    zh: "山东—巴伐利亚友好省州关系30周年官方网站",
  },

  // ---- official_partner: the foreign partner's government
  "cbfarm.chungbuk.go.kr": {
    kind: "official_partner",
    en: "Chungcheongbuk-do Agricultural Research and Extension Services website (English)",
    zh: "忠清北道农业技术院网站（英文版）",
  },
  "chungbuk.go.kr": {
    kind: "official_partner",
    en: "Chungcheongbuk-do Provincial Government website (English)",
    zh: "忠清北道政府网站（英文版）",
  },
  "daegu.go.kr": {
    kind: "official_partner",
    en: "Daegu Metropolitan City website (English)",
    zh: "大邱广域市政府网站（英文版）",
  },
  // Two sections of the same site (/dre/ and /drh/); the address does not say which languages they are.
  "daejeon.go.kr": {
    kind: "official_partner",
    en: "Daejeon Metropolitan City website",
    zh: "大田广域市政府网站",
  },
  "yeosu.go.kr": {
    kind: "official_partner",
    en: "Yeosu City website (English)",
    zh: "丽水市政府网站（英文版）",
    subject: { en: "sister cities", zh: "友好城市" },
  },
  "city.beppu.oita.jp": {
    kind: "official_partner",
    en: "Beppu City website",
    zh: "别府市政府网站",
    subject: { en: "city overview", zh: "市政概况" },
  },
  "city.ube.yamaguchi.jp": {
    kind: "official_partner",
    en: "Ube City website",
    zh: "宇部市政府网站",
    subject: { en: "international friendship cities – how the ties began", zh: "国际友好城市——结好经过" },
  },
  "land-oberoesterreich.gv.at": {
    kind: "official_partner",
    en: "Government of Upper Austria website",
    zh: "上奥地利州政府网站",
  },
  "regensburg.de": {
    kind: "official_partner",
    en: "City of Regensburg website",
    zh: "雷根斯堡市政府网站",
    subject: { en: "partner cities – Qingdao", zh: "友好城市——青岛" },
  },
  "mannheim.de": {
    kind: "official_partner",
    en: "City of Mannheim website",
    zh: "曼海姆市政府网站",
    subject: { en: "partner and friendship cities – Qingdao", zh: "伙伴城市与友好城市——青岛" },
  },
  // A staging copy of the city's own site (the host says so).
  "www-stage.paderborn.de": {
    kind: "official_partner",
    en: "City of Paderborn website (staging copy)",
    zh: "帕德博恩市政府网站（测试版）",
    subject: { en: "city portrait", zh: "城市概况" },
  },
  "kreis-offenbach.de": {
    kind: "official_partner",
    en: "Offenbach District (Kreis Offenbach) website",
    zh: "奥芬巴赫县政府网站",
  },
  "orebro.se": {
    kind: "official_partner",
    en: "Örebro Municipality website (English)",
    zh: "厄勒布鲁市政府网站（英文版）",
    subject: { en: "international", zh: "国际交流" },
  },
  "kazanlak.bg": {
    kind: "official_partner",
    en: "Kazanlak Municipality website",
    zh: "卡赞勒克市政府网站",
  },
  "coventry.gov.uk": {
    kind: "official_partner",
    en: "Coventry City Council website",
    zh: "考文垂市政府网站",
    subject: { en: "Jinan, China", zh: "中国济南" },
  },
  "cityofadelaide.com.au": {
    kind: "official_partner",
    en: "City of Adelaide website",
    zh: "阿德莱德市政府网站",
    subject: { en: "sister cities – Qingdao, China", zh: "友好城市——中国青岛" },
  },
  "salisbury.sa.gov.au": {
    kind: "official_partner",
    en: "City of Salisbury website",
    zh: "索尔兹伯里市政府网站",
    subject: { en: "our friendship city", zh: "我们的友好城市" },
  },
  "tauranga.govt.nz": {
    kind: "official_partner",
    en: "Tauranga City Council website",
    zh: "陶朗加市议会网站",
  },
  "davaocity.gov.ph": {
    kind: "official_partner",
    en: "City Government of Davao website",
    zh: "达沃市政府网站",
    subject: {
      en: "Davao City signs sister city agreement with Tai'an City, China",
      zh: "达沃市与中国泰安市签署友好城市协议",
    },
  },
  // The South African national government's site (Western Cape's premier at the time, Ebrahim Rasool).
  "gov.za": {
    kind: "official_partner",
    en: "South African Government website",
    zh: "南非政府网站",
    subject: { en: "E Rasool visit to China, 31 October 2007", zh: "拉苏尔访华，2007年10月31日" },
  },

  // ---- news
  "xinhuanet.com": {
    kind: "news",
    en: "Xinhua (English)",
    zh: "新华网（英文版）",
    date: ymd(/\/english\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  "covid-19.chinadaily.com.cn": {
    kind: "news",
    en: "China Daily, Shandong pages",
    zh: "中国日报网山东频道",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
    pages: [
      [/_2\.htm$/, { subject: { en: "page 2", zh: "第2页" } }],
      [/\.htm$/, {}],
    ],
  },
  "shandong.chinadaily.com.cn": {
    kind: "news",
    en: "China Daily Shandong",
    zh: "中国日报网山东频道",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
    pages: [
      [/\/dongying\//, { section: { en: ", Dongying pages", zh: "东营版块" } }],
      [/\/qingdao\//, { section: { en: ", Qingdao pages", zh: "青岛版块" } }],
    ],
  },
  "subsites.chinadaily.com.cn": {
    kind: "news",
    en: "China Daily Shandong",
    zh: "中国日报网山东频道",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
    pages: [[/\/taian\//, { section: { en: ", Tai'an pages", zh: "泰安版块" } }]],
  },
  "french.china.org.cn": {
    kind: "news",
    en: "China.org.cn (French)",
    zh: "中国网（法文版）",
    date: ymd(/\/txt\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  "french.chinastory.cn": {
    kind: "news",
    en: "chinastory.cn (French)",
    zh: "chinastory.cn（法文版）",
    date: ymd(/\/detail\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\//),
  },
  // Dazhong Wang, the web portal of the Dazhong Daily newspaper group.
  "dzwww.com": {
    kind: "news",
    en: "Dazhong Wang (dzwww.com)",
    zh: "大众网",
    date: ymd(/\/t(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})_/),
  },
  // Haiwainet, the website of People's Daily Overseas Edition; its New Zealand channel.
  "nz.haiwainet.cn": {
    kind: "news",
    en: "Haiwainet, New Zealand channel",
    zh: "海外网新西兰频道",
    date: ymd(/\/n\/(?<y>\d{4})\/(?<m>\d{2})(?<d>\d{2})\//),
  },
  // Langya News, the Linyi news portal; its Japanese pages.
  "jp.lytoday.com": {
    kind: "news",
    en: "Langya News, Linyi (Japanese)",
    zh: "琅琊新闻网（日文版）",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  // A local news portal; the page reprints a Jinan Times report (read in the search corpus).
  "yybnet.net": {
    kind: "news",
    en: "yybnet.net local news portal",
    zh: "yybnet.net地方新闻网站",
    date: ymd(/\/news\/(?<y>\d{4})(?<m>\d{2})\//),
  },
  // A Shandong portal whose operator could not be confirmed (its address scheme is that of China Daily's regional
  // sites): treated as a news site, not as an official one.
  "goshandong.com.cn": {
    kind: "news",
    en: "Go Shandong",
    zh: "Go Shandong网站",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
    pages: [
      [/\/zibo\//, { section: { en: ", Zibo pages", zh: "淄博频道" } }],
      [/\/qingdao\//, { section: { en: ", Qingdao pages", zh: "青岛频道" } }],
    ],
  },
  "www2.cnwinenews.com": {
    kind: "news",
    en: "cnwinenews.com (wine trade news)",
    zh: "cnwinenews.com葡萄酒行业新闻网站",
    date: ymd(/\/html\/\d{6}\/\d{1,2}\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})/),
  },
  "m.ajunews.com": {
    kind: "news",
    en: "Aju Business Daily",
    zh: "亚洲经济",
    date: ymd(/\/view\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})/),
  },
  "hankyung.com": {
    kind: "news",
    en: "The Korea Economic Daily",
    zh: "韩国经济新闻",
    date: ymd(/\/article\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})/),
  },
  "kyeonggi.com": {
    kind: "news",
    en: "Kyeonggi Ilbo",
    zh: "京畿日报",
    date: ymd(/\/article\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})/),
  },
  "tk.newdaily.co.kr": {
    kind: "news",
    en: "NewDaily, Daegu–Gyeongbuk edition",
    zh: "韩国NewDaily大邱庆北版",
    date: ymd(/\/html\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  // Scoop publishes news and press releases; the story number carries the month (AK0806 = Auckland, June 2008).
  "m.scoop.co.nz": {
    kind: "news",
    en: "Scoop (New Zealand)",
    zh: "新西兰Scoop新闻网",
    date: (url) => {
      const g = /\/stories\/[A-Z]{2}(?<y>\d{2})(?<m>\d{2})\//.exec(url)?.groups;
      return g ? { y: 2000 + Number(g.y), m: Number(g.m) } : null;
    },
  },
  "pressreader.com": {
    kind: "news",
    en: "The Timaru Herald (on PressReader)",
    zh: "《蒂马鲁先驱报》（PressReader转载）",
    date: ymd(/\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\//),
  },
  "cyprus-mail.com": {
    kind: "news",
    en: "Cyprus Mail",
    zh: "《塞浦路斯邮报》",
    date: ymd(/\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  "timesofislamabad.com": {
    kind: "news",
    en: "Times of Islamabad",
    zh: "Times of Islamabad（巴基斯坦新闻网站）",
    date: (url) => {
      const g = /\/(?<d>\d{2})-(?<mon>[A-Z][a-z]{2})-(?<y>\d{4})\//.exec(url)?.groups;
      return g ? { y: Number(g.y), m: monthAbbr.indexOf(g.mon ?? "") + 1, d: Number(g.d) } : null;
    },
  },
  "20minutes.fr": {
    kind: "news",
    en: "20 Minutes, Nantes edition",
    zh: "法国《20分钟报》南特版",
    date: ymd(/-(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})-/),
  },
  "nachrichten.at": {
    kind: "news",
    en: "Oberösterreichische Nachrichten",
    zh: "《上奥地利新闻报》",
    subject: { en: "Upper Austria looking for partners in China", zh: "上奥地利州在中国寻找合作伙伴" },
  },
  // An Austrian news magazine; the path gives the year only with certainty.
  "oe-journal.at": {
    kind: "news",
    en: "Österreich Journal",
    zh: "Österreich Journal（奥地利新闻期刊）",
    date: ymd(/\/!(?<y>\d{4})\//),
  },
  "divident.eu": {
    kind: "news",
    en: "Divident (Bulgaria)",
    zh: "Divident（保加利亚新闻网站）",
    subject: {
      en: "festive Kazanlak welcomed delegations from 9 twin towns",
      zh: "节日中的卡赞勒克迎来9个友好城市代表团",
    },
  },
  "radio1.ru": {
    kind: "news",
    en: "Radio 1 (Russia)",
    zh: "俄罗斯Radio 1电台",
    subject: {
      en: "three more districts of the Moscow Region to start cooperating with China",
      zh: "莫斯科州又有三个区将与中国开展合作",
    },
  },
  "alhambrasource.org": {
    kind: "news",
    en: "Alhambra Source",
    zh: "Alhambra Source（阿罕布拉社区新闻网站）",
    subject: {
      en: "Alhambra helps promote Chinese sister city, “the Oriental Hawaii”",
      zh: "阿罕布拉协助推介中国友好城市“东方夏威夷”",
    },
  },
  // IOL's "partnered" section: content published in partnership (sponsored), said so in the title.
  "iol.co.za": {
    kind: "news",
    en: "Cape Times (IOL), partnered content",
    zh: "《开普时报》（IOL网站）合作推广内容",
    subject: {
      en: "China (Shandong)–South Africa economic and trade co-operation seminar held in Cape Town",
      zh: "中国（山东）—南非经贸合作研讨会在开普敦成功举行",
    },
  },
  "sapt.news": {
    kind: "news",
    en: "sapt.news",
    zh: "sapt.news新闻网站",
    date: ymd(/\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})\//),
    subject: {
      en: "Shandong Province and Isabel Province establish sister relationship",
      zh: "山东省与伊莎贝尔省建立友好关系",
    },
  },
  "prnewswire.com": {
    kind: "news",
    en: "PR Newswire press release",
    zh: "美通社新闻稿",
    subject: {
      en: "Sister cities of Weihai gathered to renew friendships and enhance cooperation",
      zh: "威海友好城市代表齐聚，重叙友谊、加强合作",
    },
  },
  // A PR Newswire release as republished on the FOX19 station's website.
  "fox19.com": {
    kind: "news",
    en: "PR Newswire press release (republished by FOX19)",
    zh: "美通社新闻稿（FOX19网站转载）",
    date: ymd(/\/prnewswire\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})\//),
    subject: {
      en: "Liaocheng establishes friendly cooperative relations with Port Vila, capital of Vanuatu",
      zh: "聊城市与瓦努阿图首都维拉港建立友好合作关系",
    },
  },
  "einpresswire.com": {
    kind: "news",
    en: "EIN Presswire press release",
    zh: "EIN Presswire新闻稿",
    pages: [
      [
        /\/615319055\//,
        {
          subject: {
            en: "Qingdao image promotion and Chinese New Year celebration held in Long Beach",
            zh: "青岛城市形象推介暨春节庆祝活动在长滩举行",
          },
        },
      ],
      [
        /\/727905934\//,
        {
          subject: {
            en: "China's Shandong and Solomon's Isabel provinces sign MOU to forge sister relationship",
            zh: "中国山东省与所罗门群岛伊莎贝尔省签署缔结友好关系谅解备忘录",
          },
        },
      ],
    ],
  },

  // ---- association: twinning associations, committees, development agencies, associations of governments
  // The Association of North East Asia Regional Governments, of which Shandong is a member; its Japanese pages.
  "neargov.org": {
    kind: "association",
    en: "Association of North East Asia Regional Governments (NEAR), Japanese pages",
    zh: "东北亚地区地方政府联合会网站（日文版）",
  },
  "cheltenhamtwinning.uk": {
    kind: "association",
    en: "Cheltenham Twinning Association",
    zh: "切尔滕纳姆友好城市协会",
    subject: { en: "our twin towns – Weihai", zh: "友好城市——威海" },
  },
  "jsscc.org": {
    kind: "association",
    en: "Jinan–Sacramento sister-city association",
    zh: "济南—萨克拉门托友好城市协会",
    subject: { en: "history", zh: "历史" },
  },
  "lbqa.org": {
    kind: "association",
    en: "Long Beach Qingdao Association",
    zh: "长滩青岛协会",
    subject: { en: "about us", zh: "关于我们" },
  },
  "sandiegoyantai.org": {
    kind: "association",
    en: "San Diego–Yantai sister-city association",
    zh: "圣迭戈—烟台友好城市协会",
    subject: { en: "about", zh: "简介" },
  },
  "sbweihai.org": {
    kind: "association",
    en: "Santa Barbara–Weihai sister-city association",
    zh: "圣巴巴拉—威海友好城市协会",
    subject: { en: "sister cities", zh: "友好城市" },
  },
  "omahasistercities.com": {
    kind: "association",
    en: "Omaha Sister Cities Association",
    zh: "奥马哈友好城市协会",
    subject: { en: "Yantai", zh: "烟台" },
  },
  "rennes-jinan.fr": {
    kind: "association",
    en: "Rennes–Jinan association",
    zh: "雷恩—济南协会",
    subject: { en: "media", zh: "媒体" },
  },
  // An Australian–Chinese organisation (the letters TACDC); what the letters stand for was not verified.
  "tacdc.com.au": {
    kind: "association",
    en: "TACDC (Australia–China organisation)",
    zh: "TACDC（澳中交流机构）",
    subject: { en: "sister states Shandong – South Australia", zh: "山东与南澳大利亚友好省州" },
  },
  // The economic development agency of the Western Bay of Plenty.
  "priorityone.co.nz": {
    kind: "association",
    en: "Priority One (Western Bay of Plenty economic development agency)",
    zh: "Priority One（西丰盛湾经济发展机构）",
    subject: { en: "moving your business here", zh: "企业迁入" },
  },

  // ---- aggregator: third-party lists and copies, and publishers that could not be identified
  "mark-horner.com": {
    kind: "aggregator",
    en: "mark-horner.com (personal website)",
    zh: "mark-horner.com（个人网站）",
    subject: { en: "Tai'an", zh: "泰安" },
  },
  "qingdaonese.com": {
    kind: "aggregator",
    en: "Qingdaonese",
    zh: "Qingdaonese网站",
    subject: { en: "Qingdao sister and friendly cooperation cities", zh: "青岛友好城市和友好合作城市" },
  },
  "de.knowledgr.com": {
    kind: "aggregator",
    en: "de.knowledgr.com (German-language reference site)",
    zh: "de.knowledgr.com（德文资料网站）",
    subject: { en: "Liaocheng", zh: "聊城" },
  },
  // A Russian news aggregator.
  "news.myseldon.com": {
    kind: "aggregator",
    en: "Seldon.News (Russian news aggregator)",
    zh: "Seldon.News（俄罗斯新闻聚合平台）",
  },
  "414w.com": {
    kind: "aggregator",
    en: "414w.com (reposting site)",
    zh: "414w.com（转载网站）",
  },
  // A content platform; the path names the account "yidianzixun".
  "zi.media": {
    kind: "aggregator",
    en: "zi.media content platform, account “yidianzixun”",
    zh: "zi.media内容平台（yidianzixun账号）",
  },
  "jxxfw.com": {
    kind: "aggregator",
    en: "jxxfw.com periodical article repository",
    zh: "jxxfw.com期刊文章网站",
  },
  "m.fx361.cc": {
    kind: "aggregator",
    en: "fx361 periodical article repository",
    zh: "fx361期刊文章网站",
    date: ymd(/\/news\/(?<y>\d{4})\/(?<m>\d{2})(?<d>\d{2})\//),
  },
  // A copy of a news page on an unrelated domain; its original publisher is not shown by the address.
  "formacion-profesional-a-distancia.com": {
    kind: "aggregator",
    en: "Copy of a news page on formacion-profesional-a-distancia.com",
    zh: "转载的新闻页面（formacion-profesional-a-distancia.com）",
    date: ymd(/\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})\//),
  },
  // Publisher not identified.
  "iaoiusa.org": {
    kind: "aggregator",
    en: "iaoiusa.org",
    zh: "iaoiusa.org网站",
    subject: { en: "about Weihai City", zh: "威海市简介" },
  },
  // Publisher not identified; a German-language page.
  "yizuo-media.com": {
    kind: "aggregator",
    en: "yizuo-media.com (German-language page)",
    zh: "yizuo-media.com（德文页面）",
  },

  // ---- blog
  "semleinemordem.blogspot.com": {
    kind: "blog",
    en: "semleinemordem (Blogspot blog)",
    zh: "semleinemordem博客（Blogspot）",
    date: ymd(/\/(?<y>\d{4})\/(?<m>\d{2})$/),
  },
  "meiguo.blog": {
    kind: "blog",
    en: "meiguo.blog",
    zh: "meiguo.blog博客",
    date: ymd(/\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})\//),
    subject: { en: "China and Germany's 19 provincial-level friendship ties", zh: "中国与德国19对省级友好关系" },
  },
  // A community website about Adelaide's Chinatown (its other pages are opinion pieces and recipes): a blog.
  "chinatownadelaide.com": {
    kind: "blog",
    en: "Chinatown Adelaide website",
    zh: "阿德莱德唐人街网站",
    subject: { en: "Adelaide and Qingdao friendly cooperative city relationship", zh: "阿德莱德与青岛友好合作城市关系" },
  },
};

function publisherOf(citation: string): Publisher {
  const gh = /^github:([\w.-]+\/[\w.-]+)@[0-9a-f]{40}\b/.exec(citation);
  if (gh) {
    const repo = gh[1] ?? "";
    const entry = github[repo];
    if (!entry) throw new Error(`No source entry for GitHub repository ${repo} (citation: ${citation})`);
    return entry;
  }
  let host: string;
  try {
    host = new URL(citation).hostname.toLowerCase();
  } catch {
    throw new Error(`Not a URL or GitHub citation: ${citation}`);
  }
  const entry = publishers[host.replace(/^www\./, "")];
  if (!entry) throw new Error(`No source entry for ${host} (citation: ${citation}); add one to db/seed-data/sources.ts`);
  return entry;
}

/** The title (English and Chinese) and kind of one citation of the CSV's `source` column. Throws for an unknown source. */
export function describeSource(citation: string): SourceDescription {
  const c = citation.trim();
  const p = publisherOf(c);
  let subject = p.subject ?? null;
  let titleEn = p.en;
  let titleZh = p.zh;
  if (p.pages) {
    const page = p.pages.find(([re]) => re.test(c));
    if (!page) throw new Error(`No page entry for ${c}; add one to db/seed-data/sources.ts`);
    if (page[1].section) {
      titleEn += page[1].section.en;
      titleZh += page[1].section.zh;
    }
    subject = page[1].subject ?? subject;
  }
  let date: SourceDate | null = null;
  if (p.date) {
    date = p.date(c);
    if (!date) throw new Error(`The address of ${c} does not show the date its entry expects`);
  }
  if (date) {
    titleEn += `, ${dateEn(date)}`;
    titleZh += `，${dateZh(date)}`;
  }
  if (subject) {
    titleEn += `: ${subject.en}`;
    titleZh += `：${subject.zh}`;
  }
  return { titleEn, titleZh, kind: p.kind };
}

/** The kinds in the order a source list shows them: the office's and the partner's own pages first. */
export const sourceKindOrder: readonly SourceKind[] = [
  "official_home",
  "official_partner",
  "news",
  "association",
  "aggregator",
  "blog",
];
