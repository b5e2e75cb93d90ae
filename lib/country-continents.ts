import type { continents } from "@/lib/enums";

type Continent = (typeof continents)[number];

/**
 * The continent a place gets by default from its country, for places made without one (an import's new partner
 * places): the usual geographic division, with the Caucasus, Turkey and the Middle East in Asia, Russia and Cyprus in
 * Europe, Central America and the Caribbean in North America. Staff correct a place's continent on its form where the
 * default is wrong for it (Tomsk Oblast is in Asia). Antarctica and the uninhabited southern islands have none.
 */
const byContinent: Record<Continent, string> = {
  africa:
    "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
  asia: "AE AF AM AZ BD BH BN BT CC CN CX GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE",
  europe:
    "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA",
  north_america:
    "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV SX TC TT US VC VG VI",
  south_america: "AR BO BR CL CO EC FK GF GS GY PE PY SR UY VE",
  oceania: "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
};

const continentByCountry = new Map<string, Continent>(
  (Object.entries(byContinent) as [Continent, string][]).flatMap(([continent, codes]) => codes.split(" ").map((code) => [code, continent] as const)),
);

/** The default continent of a country (ISO 3166-1 alpha-2), or null where there is none (AQ, BV, HM, TF). */
export function continentOfCountry(code: string): Continent | null {
  return continentByCountry.get(code.toUpperCase()) ?? null;
}
