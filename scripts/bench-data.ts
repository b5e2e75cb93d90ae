// Part of `npm run bench` (scripts/bench.mjs): seeds the synthetic data set into the database named by the
// environment (DATABASE_URL, else the PGlite directory AMITY_DATA_DIR), then times the data layer directly, with no
// cache in front of it: the median and p95 of 50 calls of each read, the SQL statements one call issues, and each
// statement's plan (EXPLAIN ANALYZE) so that a slow read can be traced to its scan.
//
//   tsx --conditions=react-server scripts/bench-data.ts --scale 1 --out /tmp/data.json [--no-seed]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Logger } from "drizzle-orm";
import { closeDb, openEmbedded, openServer, setDatabase, type Handle } from "@/db";
import { listPartnerships } from "@/lib/kinds/partnership/staff";
import { searchPartnerships, searchWordsOf } from "@/lib/kinds/partnership/public";
import { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
import { getPublishedPlace } from "@/lib/kinds/place/public";
import { parseDirectoryQuery } from "@/lib/validation/directory";
import { partnershipListSchema } from "@/lib/kinds/partnership/validation";
import { seedSynthetic, type SyntheticShape } from "./lib/synthetic";

const { values: options } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    out: { type: "string" },
    calls: { type: "string", default: "50" },
    "no-seed": { type: "boolean", default: false },
  },
});

const statements: { sql: string; params: unknown[] }[] = [];
const logger: Logger = { logQuery: (query, params) => void statements.push({ sql: query, params }) };

async function open(): Promise<Handle> {
  if (process.env.DATABASE_URL) return openServer(process.env.DATABASE_URL, 4, { logger });
  const dir = process.env.AMITY_DATA_DIR;
  if (!dir) throw new Error("set DATABASE_URL or AMITY_DATA_DIR");
  return openEmbedded(path.join(dir, "pglite"), { logger });
}

async function explain(handle: Handle, statement: { sql: string; params: unknown[] }): Promise<string> {
  const client = (handle.db as unknown as { $client: unknown }).$client as {
    unsafe?: (q: string, p: unknown[]) => Promise<Record<string, string>[]>;
    query?: (q: string, p: unknown[]) => Promise<{ rows: Record<string, string>[] }>;
  };
  const text = `explain (analyze, costs off, timing off, summary off) ${statement.sql}`;
  const rows = client.unsafe ? await client.unsafe(text, statement.params as never[]) : (await client.query!(text, statement.params)).rows;
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main() {
  const scale = Number(options.scale);
  const calls = Number(options.calls);
  const handle = await open();
  setDatabase(handle);
  let shape: SyntheticShape | null = null;
  let seedSeconds = 0;
  if (!options["no-seed"]) {
    const started = performance.now();
    shape = await seedSynthetic(handle.db, scale);
    seedSeconds = (performance.now() - started) / 1000;
    console.log(`Synthetic data at scale ${scale}: ${JSON.stringify(shape.counts)} in ${seedSeconds.toFixed(1)} s`);
  }

  const searchQuery = parseDirectoryQuery({ q: "ford", type: "sister_city" });
  const words = searchWordsOf(searchQuery.q, ["JP", "US", "DE", "FR", "KR", "GB", "AU", "CA", "BR", "IT"]);
  // A visitor typing a place's name (what the directory's search is mostly for): its matches don't grow with the data.
  const byName = parseDirectoryQuery({ q: "Vantaa" });
  const byNameWords = searchWordsOf(byName.q, ["JP", "US", "DE", "FR", "KR", "GB", "AU", "CA", "BR", "IT"]);
  const reads: [string, () => Promise<unknown>][] = [
    ["directory search by a place's name", () => searchPartnerships(byName, byNameWords)],
    // "ford" is in every synthetic place's name (Benchford N): its matches grow tenfold from scale 1 to 10.
    ["directory search matching every synthetic place", () => searchPartnerships(searchQuery, words)],
    // Every tie's names are read and sorted by pinyin in JavaScript (lib/kinds/partnership/public.ts, searchByPinyin).
    ["directory by name in Chinese", () => searchPartnerships(parseDirectoryQuery({}), [], "zh")],
    ["partnership profile (500-item timeline)", () => getPublishedPartnership(shape?.biggestPartnership ?? "bench-tie-1")],
    ["city profile (1,000 partners)", () => getPublishedPlace(shape?.biggestCity ?? "qingdao")],
    ["staff list page", () => listPartnerships(partnershipListSchema.parse({}))],
    ["staff list search", () => listPartnerships(partnershipListSchema.parse({ q: "Vantaa" }))],
  ];

  const results = [];
  for (const [name, read] of reads) {
    for (let i = 0; i < 5; i++) await read(); // warm the connection, the plan and the buffer cache
    statements.length = 0;
    const result = await read();
    if (result == null) throw new Error(`${name} found nothing: is the synthetic data there?`);
    const issued = [...statements];
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      await read();
      times.push(performance.now() - started);
    }
    const plans: string[] = [];
    for (const s of issued) plans.push(await explain(handle, s));
    const seqScans = [...new Set(plans.flatMap((p) => [...p.matchAll(/Seq Scan on (\w+)(?: (\w+))?/g)].map((m) => m[2] ?? m[1])))];
    results.push({ name, medianMs: round(median(times)), p95Ms: round(percentile(times, 95)), statements: issued.length, seqScans, plans });
    console.log(`  ${name}: median ${round(median(times))} ms, p95 ${round(percentile(times, 95))} ms, ${issued.length} statements${seqScans.length ? `, sequential scans of ${seqScans.join(", ")}` : ""}`);
  }
  await closeDb();
  const out = { scale, seedSeconds: round(seedSeconds), counts: shape?.counts ?? null, calls, reads: results };
  if (options.out) fs.writeFileSync(options.out, JSON.stringify(out, null, 2));
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  console.error(`bench data layer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
