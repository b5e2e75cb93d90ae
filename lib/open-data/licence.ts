/**
 * The licence of the open data files (/data/*) and of the Data page that lists them: the one place to change it.
 * Every file carries it (each in its Link header, rel="license"; the JSON and GeoJSON files also in their `licence`
 * member), and the Data page states it: a change here reaches them all with the next deployment (a new build starts
 * with an empty cache).
 *
 * Creative Commons Attribution 4.0: anyone may copy, adapt and republish the records, commercially too, if they name
 * the office as the source. An office whose rules require another licence (the Open Government Licence, CC0, a
 * national one) changes the fields below; the Data page and the files follow.
 */
export const openDataLicence = {
  /** SPDX identifier. */
  id: "CC-BY-4.0",
  nameEn: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  nameZh: "知识共享署名4.0国际许可协议",
  urlEn: "https://creativecommons.org/licenses/by/4.0/",
  urlZh: "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
  /** Whom a reuser names, and how. */
  attributionEn: "Shandong International Partnerships, Foreign Affairs Office of Shandong Province",
  attributionZh: "山东国际友好城市网站（山东省人民政府外事办公室）",
} as const;

/** Who publishes the files, as every JSON file names it. */
export const openDataPublisher = { en: "Foreign Affairs Office of Shandong Province", zh: "山东省人民政府外事办公室" } as const;

/** The licence as every JSON file states it. */
export function licenceMember() {
  return {
    id: openDataLicence.id,
    name: openDataLicence.nameEn,
    url: openDataLicence.urlEn,
    attribution: openDataLicence.attributionEn,
    attributionZh: openDataLicence.attributionZh,
  };
}
