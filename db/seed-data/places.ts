// Geography of the places in shandong-partnerships.csv: coordinates are the approximate centre of the city
// (for a province/state/region/prefecture/county: its capital or seat), to two decimals.
export type PlaceKind = "province" | "prefecture" | "state" | "region" | "county" | "city" | "district";
export type Continent = "africa" | "asia" | "europe" | "north_america" | "south_america" | "oceania";
export interface PlaceGeo {
  kind: PlaceKind;
  continent: Continent;
  /** Null only where the sources do not say which place of that name is meant. */
  lat: number | null;
  lng: number | null;
  /**
   * The standard Chinese (simplified) name, only where it is well established. Convention: a place of kind "city" ends
   * in 市 (as in China's official sister-city lists: 萨克拉门托市, 和歌山市), Korean metropolitan cities carry 广域市
   * (Seoul 特别市), and Japanese and Korean places are written in their own Chinese-character names; a name that itself
   * ends in a settlement word (谢尔吉耶夫镇, 瓦科阿-凤凰城) takes no 市.
   */
  nameZh?: string;
}

/**
 * Keyed by `${country_iso2}:${partner_city}` exactly as spelled in the CSV (diacritics kept), or by
 * `${country_iso2}:${partner_city}:${partner_region}` where two different places share a name (Gwangju): the seed looks up
 * the three-part key first, then the two-part one.
 */
export const partnerPlaces: Record<string, PlaceGeo> = {
  // Province-level partners of Shandong Province
  "JP:Yamaguchi Prefecture": { kind: "prefecture", continent: "asia", lat: 34.18, lng: 131.47, nameZh: "山口县" }, // capital Yamaguchi
  "JP:Wakayama Prefecture": { kind: "prefecture", continent: "asia", lat: 34.23, lng: 135.17, nameZh: "和歌山县" }, // capital Wakayama
  "KR:Gyeongsangnam-do": { kind: "province", continent: "asia", lat: 35.24, lng: 128.69, nameZh: "庆尚南道" }, // capital Changwon
  "KR:Chungcheongnam-do": { kind: "province", continent: "asia", lat: 36.66, lng: 126.67, nameZh: "忠清南道" }, // seat Naepo (Hongseong County) since 2013
  "KR:Jeollanam-do": { kind: "province", continent: "asia", lat: 34.82, lng: 126.46, nameZh: "全罗南道" }, // seat Namak (Muan County)
  "KR:Chungcheongbuk-do": { kind: "province", continent: "asia", lat: 36.64, lng: 127.49, nameZh: "忠清北道" }, // capital Cheongju
  "KR:Incheon": { kind: "city", continent: "asia", lat: 37.46, lng: 126.71, nameZh: "仁川广域市" }, // metropolitan city
  // Renamed Jeonbuk State (全北特别自治道) in 2024; the name here follows the CSV.
  "KR:Jeollabuk-do": { kind: "province", continent: "asia", lat: 35.82, lng: 127.11, nameZh: "全罗北道" }, // capital Jeonju
  "KR:Jeju Special Self-Governing Province": { kind: "province", continent: "asia", lat: 33.5, lng: 126.53, nameZh: "济州特别自治道" }, // capital Jeju City
  "KR:Seoul": { kind: "city", continent: "asia", lat: 37.57, lng: 126.98, nameZh: "首尔特别市" },
  "KR:Gyeonggi-do": { kind: "province", continent: "asia", lat: 37.26, lng: 127.03, nameZh: "京畿道" }, // capital Suwon
  "RU:Orenburg Oblast": { kind: "region", continent: "europe", lat: 51.77, lng: 55.1, nameZh: "奥伦堡州" }, // capital Orenburg
  "RU:Perm Oblast (now Perm Krai)": { kind: "region", continent: "europe", lat: 58.01, lng: 56.25, nameZh: "彼尔姆州" }, // capital Perm
  "RU:Tomsk Oblast": { kind: "region", continent: "asia", lat: 56.48, lng: 84.95, nameZh: "托木斯克州" }, // capital Tomsk
  "RU:Republic of Tatarstan": { kind: "region", continent: "europe", lat: 55.8, lng: 49.11, nameZh: "鞑靼斯坦共和国" }, // capital Kazan
  "AU:South Australia": { kind: "state", continent: "oceania", lat: -34.93, lng: 138.6, nameZh: "南澳大利亚州" }, // capital Adelaide
  "FR:Brittany (Bretagne)": { kind: "region", continent: "europe", lat: 48.12, lng: -1.68, nameZh: "布列塔尼大区" }, // capital Rennes
  "DE:Bavaria": { kind: "state", continent: "europe", lat: 48.14, lng: 11.58, nameZh: "巴伐利亚州" }, // capital Munich
  "AT:Upper Austria": { kind: "state", continent: "europe", lat: 48.31, lng: 14.29, nameZh: "上奥地利州" }, // capital Linz
  "ZA:Western Cape": { kind: "province", continent: "africa", lat: -33.92, lng: 18.42, nameZh: "西开普省" }, // capital Cape Town
  "CA:Quebec": { kind: "province", continent: "north_america", lat: 46.81, lng: -71.21, nameZh: "魁北克省" }, // capital Quebec City
  "US:Georgia": { kind: "state", continent: "north_america", lat: 33.75, lng: -84.39, nameZh: "佐治亚州" }, // the US state; capital Atlanta
  "BR:São Paulo (state)": { kind: "state", continent: "south_america", lat: -23.55, lng: -46.63, nameZh: "圣保罗州" }, // capital São Paulo
  "BR:Bahia": { kind: "state", continent: "south_america", lat: -12.98, lng: -38.5, nameZh: "巴伊亚州" }, // capital Salvador
  "SB:Isabel Province": { kind: "province", continent: "oceania", lat: -8.14, lng: 159.59, nameZh: "伊莎贝尔省" }, // capital Buala

  // Jinan
  "JP:Wakayama": { kind: "city", continent: "asia", lat: 34.23, lng: 135.17, nameZh: "和歌山市" },
  "GB:Coventry": { kind: "city", continent: "europe", lat: 52.41, lng: -1.52, nameZh: "考文垂市" },
  "US:Sacramento": { kind: "city", continent: "north_america", lat: 38.58, lng: -121.49, nameZh: "萨克拉门托市" },
  "JP:Yamaguchi": { kind: "city", continent: "asia", lat: 34.18, lng: 131.47, nameZh: "山口市" },
  "KR:Suwon": { kind: "city", continent: "asia", lat: 37.26, lng: 127.03, nameZh: "水原市" },
  "RU:Nizhny Novgorod": { kind: "city", continent: "europe", lat: 56.33, lng: 44.01, nameZh: "下诺夫哥罗德市" },
  "FI:Vantaa": { kind: "city", continent: "europe", lat: 60.29, lng: 25.04, nameZh: "万塔市" },
  "FR:Rennes": { kind: "city", continent: "europe", lat: 48.12, lng: -1.68, nameZh: "雷恩市" },
  "DE:Augsburg": { kind: "city", continent: "europe", lat: 48.37, lng: 10.9, nameZh: "奥格斯堡市" },
  "IL:Kfar Saba": { kind: "city", continent: "asia", lat: 32.18, lng: 34.91, nameZh: "卡法萨巴市" }, // the form in Jinan's official yearbook
  "BG:Kazanlak": { kind: "city", continent: "europe", lat: 42.62, lng: 25.39, nameZh: "卡赞勒克市" },
  "TR:Marmaris": { kind: "city", continent: "asia", lat: 36.85, lng: 28.27, nameZh: "马尔马里斯市" },
  "UA:Kharkiv": { kind: "city", continent: "europe", lat: 49.99, lng: 36.23, nameZh: "哈尔科夫市" },
  "KR:Daejeon": { kind: "city", continent: "asia", lat: 36.35, lng: 127.38, nameZh: "大田广域市" },

  // Qingdao
  "JP:Shimonoseki": { kind: "city", continent: "asia", lat: 33.96, lng: 130.94, nameZh: "下关市" },
  "US:Long Beach": { kind: "city", continent: "north_america", lat: 33.77, lng: -118.19, nameZh: "长滩市" },
  "KR:Daegu": { kind: "city", continent: "asia", lat: 35.87, lng: 128.6, nameZh: "大邱广域市" },
  "DE:Paderborn": { kind: "city", continent: "europe", lat: 51.72, lng: 8.76, nameZh: "帕德博恩市" },
  // Merged into Auckland in 2010; the point is its former seat, Takapuna.
  "NZ:North Shore City (now part of Auckland)": { kind: "city", continent: "oceania", lat: -36.79, lng: 174.77, nameZh: "北岸市" },
  "DE:Regensburg": { kind: "city", continent: "europe", lat: 49.01, lng: 12.1, nameZh: "雷根斯堡市" },
  "KR:Ulsan": { kind: "city", continent: "asia", lat: 35.54, lng: 129.31, nameZh: "蔚山广域市" },
  "AU:Adelaide": { kind: "city", continent: "oceania", lat: -34.93, lng: 138.6, nameZh: "阿德莱德市" },
  "DE:Mannheim": { kind: "city", continent: "europe", lat: 49.49, lng: 8.47, nameZh: "曼海姆市" },
  "PK:Faisalabad": { kind: "city", continent: "asia", lat: 31.42, lng: 73.08, nameZh: "费萨拉巴德市" },
  "GE:Tbilisi": { kind: "city", continent: "asia", lat: 41.72, lng: 44.79, nameZh: "第比利斯市" },
  "BY:Minsk": { kind: "city", continent: "europe", lat: 53.9, lng: 27.56, nameZh: "明斯克市" },
  "HU:Somogy County": { kind: "county", continent: "europe", lat: 46.36, lng: 17.8, nameZh: "绍莫吉州" }, // seat Kaposvár
  "FR:Brest": { kind: "city", continent: "europe", lat: 48.39, lng: -4.49, nameZh: "布雷斯特市" },
  "CY:Nicosia": { kind: "city", continent: "europe", lat: 35.17, lng: 33.37, nameZh: "尼科西亚市" },
  "RU:Perm": { kind: "city", continent: "europe", lat: 58.01, lng: 56.25, nameZh: "彼尔姆市" },
  "RU:Saint Petersburg": { kind: "city", continent: "europe", lat: 59.94, lng: 30.31, nameZh: "圣彼得堡市" },
  "TH:Chiang Mai": { kind: "city", continent: "asia", lat: 18.79, lng: 98.99, nameZh: "清迈市" },
  "LT:Klaipėda": { kind: "city", continent: "europe", lat: 55.7, lng: 21.14, nameZh: "克莱佩达市" },
  "IL:Nes Ziona": { kind: "city", continent: "asia", lat: 31.93, lng: 34.8, nameZh: "内斯齐奥纳市" },
  "IL:Ramat Gan": { kind: "city", continent: "asia", lat: 32.08, lng: 34.81, nameZh: "拉马特甘市" },
  "HR:Rijeka": { kind: "city", continent: "europe", lat: 45.33, lng: 14.44, nameZh: "里耶卡市" },
  "BR:Vila Velha": { kind: "city", continent: "south_america", lat: -20.33, lng: -40.29, nameZh: "维拉韦利亚市" },
  "BR:Vitória": { kind: "city", continent: "south_america", lat: -20.32, lng: -40.31, nameZh: "维多利亚市" },

  // Yantai
  "US:San Diego": { kind: "city", continent: "north_america", lat: 32.72, lng: -117.16, nameZh: "圣迭戈市" },
  "JP:Beppu": { kind: "city", continent: "asia", lat: 33.28, lng: 131.49, nameZh: "别府市" },
  "NZ:Tauranga": { kind: "city", continent: "oceania", lat: -37.69, lng: 176.17, nameZh: "陶朗加市" },
  "KR:Gunsan": { kind: "city", continent: "asia", lat: 35.97, lng: 126.74, nameZh: "群山市" },
  "FR:Angers": { kind: "city", continent: "europe", lat: 47.48, lng: -0.56, nameZh: "昂热市" },
  "US:Omaha": { kind: "city", continent: "north_america", lat: 41.26, lng: -95.93, nameZh: "奥马哈市" },
  "SE:Örebro": { kind: "city", continent: "europe", lat: 59.27, lng: 15.21, nameZh: "厄勒布鲁市" },
  "FR:Quimper": { kind: "city", continent: "europe", lat: 48.0, lng: -4.1, nameZh: "坎佩尔市" },
  "KR:Wonju": { kind: "city", continent: "asia", lat: 37.34, lng: 127.92, nameZh: "原州市" },
  "KR:Ansan": { kind: "city", continent: "asia", lat: 37.32, lng: 126.83, nameZh: "安山市" },

  // Weihai
  "GB:Cheltenham": { kind: "city", continent: "europe", lat: 51.9, lng: -2.08, nameZh: "切尔滕纳姆市" },
  "JP:Ube": { kind: "city", continent: "asia", lat: 33.95, lng: 131.25, nameZh: "宇部市" },
  "KR:Yeosu": { kind: "city", continent: "asia", lat: 34.76, lng: 127.66, nameZh: "丽水市" },
  "KR:Suseong District (Daegu)": { kind: "district", continent: "asia", lat: 35.86, lng: 128.63, nameZh: "大邱广域市寿城区" },
  "RU:Sergiyev Posad": { kind: "city", continent: "europe", lat: 56.3, lng: 38.13, nameZh: "谢尔吉耶夫镇" }, // the name itself ends in 镇 (Posad): no 市
  "NZ:Timaru": { kind: "city", continent: "oceania", lat: -44.4, lng: 171.25, nameZh: "蒂马鲁市" },
  "US:Santa Barbara": { kind: "city", continent: "north_america", lat: 34.42, lng: -119.7, nameZh: "圣巴巴拉市" },
  "RU:Sochi": { kind: "city", continent: "europe", lat: 43.59, lng: 39.72, nameZh: "索契市" },
  "IT:Biella": { kind: "city", continent: "europe", lat: 45.56, lng: 8.06, nameZh: "比耶拉市" },
  "RO:Turda": { kind: "city", continent: "europe", lat: 46.57, lng: 23.78, nameZh: "图尔达市" },
  "KR:Jeju": { kind: "city", continent: "asia", lat: 33.5, lng: 126.53, nameZh: "济州市" },
  "MU:Vacoas-Phoenix": { kind: "city", continent: "africa", lat: -20.3, lng: 57.49, nameZh: "瓦科阿-凤凰城" },

  // Zibo
  "JP:Kamo": { kind: "city", continent: "asia", lat: 37.67, lng: 139.04, nameZh: "加茂市" }, // Kamo, Niigata
  "GB:Bournemouth": { kind: "city", continent: "europe", lat: 50.72, lng: -1.88, nameZh: "伯恩茅斯市" },
  "US:Erie": { kind: "city", continent: "north_america", lat: 42.13, lng: -80.09, nameZh: "伊利市" },
  "FR:La Roche-sur-Yon": { kind: "city", continent: "europe", lat: 46.67, lng: -1.43, nameZh: "拉罗什-苏尔-永市" },
  "RU:Veliky Novgorod": { kind: "city", continent: "europe", lat: 58.52, lng: 31.27, nameZh: "大诺夫哥罗德市" },
  "GE:Batumi": { kind: "city", continent: "asia", lat: 41.65, lng: 41.64, nameZh: "巴统市" },
  "PH:Mandaue": { kind: "city", continent: "asia", lat: 10.32, lng: 123.92, nameZh: "曼达维市" },
  "ZA:Newcastle": { kind: "city", continent: "africa", lat: -27.76, lng: 29.93, nameZh: "纽卡斯尔市" }, // Newcastle, KwaZulu-Natal
  // Zibo's partner is Gwangju in Gyeonggi-do (Zibo's foreign affairs office; Gwangju's mayor, interviewed in Zibo in 2019:
  // "about 40 km from Seoul"), not Gwangju Metropolitan City (光州广域市).
  "KR:Gwangju:Gyeonggi-do": { kind: "city", continent: "asia", lat: 37.43, lng: 127.26, nameZh: "京畿道广州市" },
  "IT:Province of Bergamo": { kind: "province", continent: "europe", lat: 45.7, lng: 9.68, nameZh: "贝加莫省" }, // seat Bergamo
  "BR:São José dos Pinhais": { kind: "city", continent: "south_america", lat: -25.53, lng: -49.2, nameZh: "圣若泽-杜斯皮尼艾斯市" },
  "RU:Bratsk": { kind: "city", continent: "asia", lat: 56.15, lng: 101.63, nameZh: "布拉茨克市" },
  "PE:Arequipa": { kind: "city", continent: "south_america", lat: -16.41, lng: -71.54, nameZh: "阿雷基帕市" },

  // Rizhao
  "NZ:Gisborne District": { kind: "district", continent: "oceania", lat: -38.66, lng: 178.02, nameZh: "吉斯本区" }, // seat Gisborne; 吉斯本 is Rizhao's form
  "KR:Dangjin": { kind: "city", continent: "asia", lat: 36.89, lng: 126.65, nameZh: "唐津市" },
  "US:Alhambra": { kind: "city", continent: "north_america", lat: 34.1, lng: -118.13, nameZh: "阿罕布拉市" },
  "IT:Reggio Emilia": { kind: "city", continent: "europe", lat: 44.7, lng: 10.63, nameZh: "雷焦艾米利亚市" },
  "DE:Schönebeck (Elbe)": { kind: "city", continent: "europe", lat: 52.02, lng: 11.73, nameZh: "舍讷贝克市" },

  // Linyi
  "KR:Gunpo": { kind: "city", continent: "asia", lat: 37.36, lng: 126.94, nameZh: "军浦市" },
  "SE:Eskilstuna": { kind: "city", continent: "europe", lat: 59.37, lng: 16.51, nameZh: "埃斯基尔斯蒂纳市" },
  "AU:Salisbury (City of)": { kind: "city", continent: "oceania", lat: -34.76, lng: 138.64, nameZh: "索尔兹伯里市" }, // Salisbury, South Australia

  // Jining
  "US:Springfield": { kind: "city", continent: "north_america", lat: 39.78, lng: -89.65, nameZh: "斯普林菲尔德市" }, // Springfield, Illinois
  "RU:Taganrog": { kind: "city", continent: "europe", lat: 47.22, lng: 38.92, nameZh: "塔甘罗格市" },

  // Tai'an
  "FR:Mont-Saint-Michel": { kind: "city", continent: "europe", lat: 48.64, lng: -1.51, nameZh: "圣米歇尔山市" },
  "PH:Davao City": { kind: "city", continent: "asia", lat: 7.07, lng: 125.61, nameZh: "达沃市" },
  "IT:Lugo": { kind: "city", continent: "europe", lat: 44.42, lng: 11.91, nameZh: "卢戈市" }, // Lugo, Emilia-Romagna
  // The only source names Columbus without its state: no position is better than a guessed one.
  "US:Columbus": { kind: "city", continent: "north_america", lat: null, lng: null, nameZh: "哥伦布市" },
  "US:Laredo": { kind: "city", continent: "north_america", lat: 27.53, lng: -99.48, nameZh: "拉雷多市" },
  "BW:Francistown": { kind: "city", continent: "africa", lat: -21.17, lng: 27.51, nameZh: "弗朗西斯敦市" },
  // Tai'an's only source (an aggregator) does not say which Gwangju (光州 or 广州) is meant: no position, no Chinese name.
  "KR:Gwangju": { kind: "city", continent: "asia", lat: null, lng: null },
  "IL:Ra'anana": { kind: "city", continent: "asia", lat: 32.18, lng: 34.87, nameZh: "拉阿南纳市" },
  "PL:Elbląg": { kind: "city", continent: "europe", lat: 54.15, lng: 19.41, nameZh: "埃尔布隆格市" },
  "JP:Kaga": { kind: "city", continent: "asia", lat: 36.3, lng: 136.31, nameZh: "加贺市" },
  "KR:Taean": { kind: "county", continent: "asia", lat: 36.75, lng: 126.3, nameZh: "泰安郡" }, // Taean-gun, seat Taean-eup
  "PL:Świętochłowice": { kind: "city", continent: "europe", lat: 50.3, lng: 18.92, nameZh: "希维托赫沃维采市" },
  "BE:Leuven": { kind: "city", continent: "europe", lat: 50.88, lng: 4.7, nameZh: "鲁汶市" },
  "JP:Hachiōji": { kind: "city", continent: "asia", lat: 35.67, lng: 139.32, nameZh: "八王子市" },

  // Liaocheng
  "KR:Uiryeong County": { kind: "county", continent: "asia", lat: 35.32, lng: 128.26, nameZh: "宜宁郡" }, // seat Uiryeong-eup
  "AU:Blacktown": { kind: "city", continent: "oceania", lat: -33.77, lng: 150.91, nameZh: "布莱克敦市" },
  "KR:Gwangmyeong": { kind: "city", continent: "asia", lat: 37.48, lng: 126.86, nameZh: "光明市" },
  "DE:Offenbach District (Kreis Offenbach)": { kind: "county", continent: "europe", lat: 50.01, lng: 8.78, nameZh: "奥芬巴赫县" }, // a Landkreis (county, 县); seat Dietzenbach
  "RU:Naberezhnye Chelny": { kind: "city", continent: "europe", lat: 55.74, lng: 52.4, nameZh: "卡马河畔切尔尼市" },
  "VU:Port Vila": { kind: "city", continent: "oceania", lat: -17.73, lng: 168.33, nameZh: "维拉港市" },

  // Dezhou
  "UA:Mykolaiv": { kind: "city", continent: "europe", lat: 46.98, lng: 31.99, nameZh: "尼古拉耶夫市" },
  "RU:Mytishchi": { kind: "city", continent: "europe", lat: 55.91, lng: 37.73, nameZh: "梅季希市" },

  // Dongying
  "KR:Yangju": { kind: "city", continent: "asia", lat: 37.79, lng: 127.05, nameZh: "杨州市" },
  "US:Midland": { kind: "city", continent: "north_america", lat: 32.0, lng: -102.08, nameZh: "米德兰市" }, // Midland, Texas
  "KR:Samcheok": { kind: "city", continent: "asia", lat: 37.45, lng: 129.17, nameZh: "三陟市" },
};

/** The office's own places: keyed by the CSV's home_city. */
export const homePlaces: Record<string, PlaceGeo & { nameZh: string }> = {
  Shandong: { kind: "province", continent: "asia", lat: 36.67, lng: 117.02, nameZh: "山东省" }, // capital Jinan
  Jinan: { kind: "city", continent: "asia", lat: 36.65, lng: 117.12, nameZh: "济南市" },
  Qingdao: { kind: "city", continent: "asia", lat: 36.07, lng: 120.38, nameZh: "青岛市" },
  Yantai: { kind: "city", continent: "asia", lat: 37.46, lng: 121.45, nameZh: "烟台市" },
  Weihai: { kind: "city", continent: "asia", lat: 37.51, lng: 122.12, nameZh: "威海市" },
  Zibo: { kind: "city", continent: "asia", lat: 36.81, lng: 118.05, nameZh: "淄博市" },
  Rizhao: { kind: "city", continent: "asia", lat: 35.42, lng: 119.53, nameZh: "日照市" },
  Linyi: { kind: "city", continent: "asia", lat: 35.1, lng: 118.36, nameZh: "临沂市" },
  Jining: { kind: "city", continent: "asia", lat: 35.41, lng: 116.59, nameZh: "济宁市" },
  "Tai'an": { kind: "city", continent: "asia", lat: 36.2, lng: 117.09, nameZh: "泰安市" },
  Liaocheng: { kind: "city", continent: "asia", lat: 36.46, lng: 115.99, nameZh: "聊城市" },
  Dezhou: { kind: "city", continent: "asia", lat: 37.44, lng: 116.36, nameZh: "德州市" },
  Dongying: { kind: "city", continent: "asia", lat: 37.43, lng: 118.67, nameZh: "东营市" },
};
