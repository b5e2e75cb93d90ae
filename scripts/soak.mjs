// npm run soak [-- --seconds 60 --warm-up 15 --readers 50 --writers 5 --heap-snapshots DIR --no-build]
//
// 50 public readers (autocannon) and 5 staff writers (signed in, submitting the event forms as a browser without
// JavaScript would) for 60 seconds against `next start` on a fresh database on the PostgreSQL server at DATABASE_URL,
// on loopback (with REDIS_URL, its cache in that Redis). Before the run, the readers warm the server up for 15 s (its
// caches fill to what they hold in use). Prints what was served, the errors, latencies and the server's memory at the
// start and the end of the run: resident, and its JavaScript heap after a full garbage collection (what it really
// holds on to: a leak grows it, a cache that filled or a collector that has not run yet do not), then checks that every
// write the writers were told had succeeded is in the database exactly once, with its audit entry. With
// --heap-snapshots, it writes a heap snapshot at the start and the end of the run to compare in Chrome DevTools.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild, freshServerDatabase, heapAfterGc, heapSnapshot, percentile, residentMb, StaffClient, startServer } from "./lib/harness.mjs";

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    "warm-up": { type: "string", default: "15" },
    "heap-snapshots": { type: "string" },
    readers: { type: "string", default: "50" },
    writers: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
  },
});
const seconds = Number(options.seconds);
const warmUp = Number(options["warm-up"]);
const readers = Number(options.readers);
const writers = Number(options.writers);

const publicPaths = [
  "/en",
  "/zh",
  "/en/partners",
  "/zh/partners?country=JP",
  "/en/partners?q=jinan&sort=year",
  "/en/partners/jinan-vantaa",
  "/zh/partners/shandong-quebec",
  "/en/cities/jinan",
  "/zh/countries/jp",
  "/en/map",
  "/zh/events",
  "/en/delegations",
  "/en/agreements",
  "/events.ics",
  "/feed.xml",
  "/sitemap.xml",
];

function readersLoad(base, duration = seconds) {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: readers,
        duration,
        // Bounded in count as well as in time.
        maxOverallRequests: 5_000_000,
        timeout: 10,
        requests: [{ setupRequest: (request) => ({ ...request, path: publicPaths[next++ % publicPaths.length] }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** One writer: creates events, edits some of its own, publishes some, until the time is up. */
async function writer(base, number, deadline) {
  const staff = new StaffClient(base);
  await staff.signIn("editor@example.org", "amity-demo");
  const done = { creates: [], edits: [], publishes: [], failures: [], latencies: [] };
  for (let n = 1; Date.now() < deadline && n <= 10_000; n++) {
    const started = Date.now();
    try {
      if (n % 3 === 0 && done.creates.length) {
        // Edit one of its own events, from the form as it is now.
        const mine = done.creates[(n / 3) % done.creates.length];
        const hidden = await staff.openForm(`/staff/events/${mine.id}`, "titleEn");
        const title = `${mine.title} (edited ${n})`;
        const { redirect, status } = await staff.submit(`/staff/events/${mine.id}`, { ...hidden, titleEn: title, kind: "forum", starts: "2027-01-15", timeZone: "Asia/Shanghai" });
        if (redirect === `/staff/events/${mine.id}?notice=saved`) {
          done.edits.push({ id: mine.id });
          mine.title = title;
        } else done.failures.push(`edit ${mine.id}: ${status}`);
      } else if (n % 4 === 0 && done.creates.some((c) => !c.published)) {
        const mine = done.creates.find((c) => !c.published);
        const hidden = await staff.openForm(`/staff/events/${mine.id}`, "operation");
        const { redirect, status } = await staff.submit(`/staff/events/${mine.id}`, { ...hidden, operation: "publish" });
        if (redirect === `/staff/events/${mine.id}?notice=published`) {
          done.publishes.push({ id: mine.id });
          mine.published = true;
        } else done.failures.push(`publish ${mine.id}: ${status}`);
      } else {
        const title = `Soak ${number}-${n}`;
        const hidden = await staff.openForm("/staff/events/new", "titleEn");
        const { redirect, status } = await staff.submit("/staff/events/new", { ...hidden, titleEn: title, kind: "forum", starts: "2027-01-15", timeZone: "Asia/Shanghai" });
        const id = /^\/staff\/events\/(\d+)\?notice=created$/.exec(redirect ?? "")?.[1];
        if (id) done.creates.push({ id: Number(id), title, published: false });
        else done.failures.push(`create ${title}: ${status}`);
      }
    } catch (error) {
      done.failures.push(String(error));
    }
    done.latencies.push(Date.now() - started);
  }
  return done;
}

async function verify(url, results) {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  try {
    const problems = [];
    const creates = results.flatMap((r) => r.creates);
    const rows = await sql`select id, title_en, publication from events where title_en like 'Soak %'`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (rows.length !== creates.length) problems.push(`${rows.length} soak events in the database, ${creates.length} created`);
    for (const c of creates) {
      const row = byId.get(c.id);
      if (!row) problems.push(`event ${c.id} (${c.title}) is missing`);
      else if (row.title_en !== c.title) problems.push(`event ${c.id} is "${row.title_en}", its last save said "${c.title}"`);
      else if ((row.publication === "published") !== c.published) problems.push(`event ${c.id} publication is ${row.publication}`);
    }
    const audit = await sql`select entity_id, action, count(*)::int as n from audit_log where entity_type = 'event' and entity_id = any(${creates.map((c) => c.id)}) group by entity_id, action`;
    const count = (id, action) => audit.find((a) => a.entity_id === id && a.action === action)?.n ?? 0;
    const edits = results.flatMap((r) => r.edits);
    const publishes = results.flatMap((r) => r.publishes);
    for (const c of creates) {
      if (count(c.id, "create") !== 1) problems.push(`event ${c.id} has ${count(c.id, "create")} create entries`);
      const edited = edits.filter((e) => e.id === c.id).length;
      if (count(c.id, "update") !== edited) problems.push(`event ${c.id}: ${edited} edits, ${count(c.id, "update")} update entries`);
      const published = publishes.filter((p) => p.id === c.id).length;
      if (count(c.id, "publish") !== published) problems.push(`event ${c.id}: ${published} publications, ${count(c.id, "publish")} entries`);
    }
    return { problems, creates: creates.length, edits: edits.length, publishes: publishes.length };
  } finally {
    await sql.end();
  }
}

const signed = (mb) => `${mb >= 0 ? "+" : ""}${mb.toFixed(1)}`;

async function main() {
  if (!options["no-build"]) await ensureBuild();
  const db = await freshServerDatabase("soak");
  const server = await startServer({ DATABASE_URL: db.url, AMITY_DATA_DIR: "" }, { inspect: true });
  const snapshots = options["heap-snapshots"];
  if (snapshots) fs.mkdirSync(snapshots, { recursive: true });
  try {
    for (const p of publicPaths) await fetch(`${server.base}${p}`);
    if (warmUp > 0) {
      console.log(`Warming up: ${readers} readers for ${warmUp} s`);
      await readersLoad(server.base, warmUp);
    }
    const memoryStart = residentMb(server.pid);
    const heapStart = await heapAfterGc(server.inspector);
    if (snapshots) await heapSnapshot(server.inspector, path.join(snapshots, "start.heapsnapshot"));
    console.log(`Soak: ${readers} readers and ${writers} writers for ${seconds} s against ${server.base}${process.env.REDIS_URL ? " (cache in Redis)" : ""} (server memory ${memoryStart.toFixed(0)} MB, heap after GC ${heapStart.toFixed(0)} MB)`);
    const deadline = Date.now() + seconds * 1000;
    const [reads, ...writes] = await Promise.all([readersLoad(server.base), ...Array.from({ length: writers }, (_, i) => writer(server.base, i + 1, deadline))]);
    const memoryEnd = residentMb(server.pid);
    const heapEnd = await heapAfterGc(server.inspector);
    if (snapshots) await heapSnapshot(server.inspector, path.join(snapshots, "end.heapsnapshot"));
    const check = await verify(db.url, writes);
    const writeLatencies = writes.flatMap((w) => w.latencies);
    const failures = writes.flatMap((w) => w.failures);
    const readErrors = reads.errors + reads.timeouts + reads.non2xx;
    const growth = memoryEnd - memoryStart;
    console.log(`
| | served | errors | p50 | p99 |
| --- | ---: | ---: | ---: | ---: |
| public reads | ${reads.requests.total} | ${readErrors} | ${reads.latency.p50} ms | ${reads.latency.p99} ms |
| staff writes | ${writeLatencies.length} (${check.creates} created, ${check.edits} edited, ${check.publishes} published) | ${failures.length} | ${percentile(writeLatencies, 50)} ms | ${percentile(writeLatencies, 99)} ms |

Server memory: ${memoryStart.toFixed(0)} MB at the start, ${memoryEnd.toFixed(0)} MB at the end (${signed(growth)} MB); JavaScript heap after a full collection: ${heapStart.toFixed(0)} MB → ${heapEnd.toFixed(0)} MB (${signed(heapEnd - heapStart)} MB).${snapshots ? ` Heap snapshots in ${snapshots}.` : ""}
Writes checked in the database: ${check.problems.length ? `${check.problems.length} problems` : "each exactly once, each with its audit entries"}.`);
    for (const line of [...failures.slice(0, 10), ...check.problems.slice(0, 10)]) console.log(`  - ${line}`);
    const targets = [
      ["no errors", readErrors === 0 && failures.length === 0],
      ["no lost or duplicated writes", check.problems.length === 0],
      ["memory growth under 50 MB", growth < 50 && heapEnd - heapStart < 50],
    ];
    console.log(`\nTargets: ${targets.map(([name, ok]) => `${name}: ${ok ? "met" : "MISSED"}`).join("; ")}`);
    process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await server.stop();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
