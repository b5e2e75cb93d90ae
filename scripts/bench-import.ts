// Writes a synthetic import file for timing `npm run import` (README, "Importing partnerships"): N partnerships of the
// office's places with N new partner places spread over the countries, with Chinese names, positions and a source each.
//
//   tsx --conditions=react-server --tsconfig tsconfig.json scripts/bench-import.ts --rows 5000 --out /tmp/5000.csv
//   time npm run import -- /tmp/5000.csv
import fs from "node:fs";
import { parseArgs } from "node:util";
import { readPartnershipCsv } from "@/db/seed";
import { countryCodes } from "@/lib/countries";
import { continentOfCountry } from "@/lib/country-continents";
import { optionalColumns, requiredColumns } from "@/lib/import/rows";

const { values } = parseArgs({ options: { rows: { type: "string", default: "5000" }, out: { type: "string", default: "/tmp/import-bench.csv" } } });
const count = Number(values.rows);
const homes = [...new Map(readPartnershipCsv().map((r) => [r.home_city, r.home_city_zh])).entries()];
const countries = countryCodes.filter((c) => c !== "CN" && continentOfCountry(c) !== null);
const region = new Intl.DisplayNames(["en"], { type: "region" });
const types = ["sister_city", "friendly_cooperation", "province_state"];

const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const lines = [[...requiredColumns, ...optionalColumns].join(",")];
for (let i = 0; i < count; i++) {
  const [home, homeZh] = homes[i % homes.length]!;
  const country = countries[i % countries.length]!;
  const cells: Record<string, string> = {
    home_city: home,
    home_city_zh: homeZh,
    partner_city: `Bénchford ${i + 1}`,
    partner_region: i % 3 ? "" : `Région ${i % 7}`,
    country: region.of(country) ?? country,
    country_iso2: country,
    relationship_type: types[i % types.length]!,
    established_year: i % 4 ? String(1979 + (i % 46)) : "",
    source: `https://example.org/bench/${i + 1}${i % 5 ? "" : ` | https://example.com/news/${i + 1}`}`,
    status: i % 6 ? "" : "active",
    partner_city_zh: `本奇福德${i + 1}市`,
    latitude: ((i * 37) % 170 - 85 + 0.25).toFixed(2),
    longitude: ((i * 53) % 350 - 175 + 0.5).toFixed(2),
  };
  lines.push([...requiredColumns, ...optionalColumns].map((c) => quote(cells[c] ?? "")).join(","));
}
fs.writeFileSync(values.out, lines.join("\n") + "\n");
console.log(`Wrote ${count} rows to ${values.out}.`);
