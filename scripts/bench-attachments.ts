// Times an attachment's upload on each store available here: a camera-sized photo (6000 × 4000, noisy, a JPEG of
// 20 to 25 MB) read by its content, decoded, turned upright, re-encoded without metadata, made into its WebP
// renditions, and stored with its row. Prints a table of medians.
//
//   npm run bench:attachments                  # files, PGlite's database store, S3 (s3rver in this process)
//   DATABASE_URL=postgres://… npm run bench:attachments   # and PostgreSQL's database store, on a database of its own
//   npm run bench:attachments -- --runs 5
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import S3rver from "s3rver";
import sharp from "sharp";
import { migrateServer, openEmbedded, openServer, rowsOf, setDatabase, type Handle } from "@/db";
import { seed } from "@/db/seed";
import { maxAttachmentBytes } from "@/lib/attachments/enums";
import { inspectFile } from "@/lib/attachments/inspect";
import { readAttachmentFile } from "@/lib/attachments/public";
import { addAttachment } from "@/lib/attachments/staff";
import { objectStore, setAttachmentStore, type AttachmentStore } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { fileBackend } from "@/lib/attachments/store-file";
import { s3Backend } from "@/lib/attachments/store-s3";
import { parseEnv } from "@/lib/env";
import type { Actor } from "@/lib/records/actor";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Math.max(1, Number(values.runs) || 3);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A photo's grain over a gradient, from a seeded generator: nothing an encoder can squeeze, as in a dim hall. */
function grain(width: number, height: number, amplitude = 64): Buffer {
  const data = Buffer.alloc(width * height * 3);
  let x = 7;
  for (let i = 0; i < data.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = ((x >>> 0) % amplitude) + Math.floor((((i / 3) % width) * (255 - amplitude)) / width);
  }
  return data;
}

async function cameraPhoto(): Promise<Buffer> {
  const raw = grain(6000, 4000);
  for (const quality of [93, 92, 91, 90, 89, 88]) {
    const jpeg = await sharp(raw, { raw: { width: 6000, height: 4000, channels: 3 } })
      .jpeg({ quality, chromaSubsampling: "4:4:4" })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    if (jpeg.length >= 20 * 1024 * 1024 && jpeg.length <= maxAttachmentBytes) return jpeg;
  }
  throw new Error("Could not make a JPEG of 20 to 25 MB.");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The store, with the time its writeWith (bytes and row) took, kept per call. */
function timed(store: AttachmentStore, times: number[]): AttachmentStore {
  return {
    ...store,
    async writeWith(key, objects, row) {
      const start = performance.now();
      try {
        return await store.writeWith(key, objects, row);
      } finally {
        times.push(performance.now() - start);
      }
    },
  };
}

interface Row {
  store: string;
  total: number;
  write: number;
  read: number;
  stored: number;
}

async function benchStore(label: string, handle: Handle, store: AttachmentStore, photo: Buffer): Promise<Row> {
  setDatabase(handle);
  const writes: number[] = [];
  setAttachmentStore(timed(store, writes));
  const [editor] = rowsOf<Actor>(await handle.db.execute(sql`select id, email, name, role, office_place_id as "officePlaceId" from users where role = 'editor' order by id limit 1`));
  const [tie] = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from partnerships order by id limit 1`));
  const totals: number[] = [];
  const reads: number[] = [];
  let stored = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { id } = await addAttachment(
      {
        owner: { kind: "partnership", id: tie!.id },
        file: { name: `bench-${i}.jpg`, bytes: photo },
        fields: { captionEn: "Bench", captionZh: "测试", altEn: "Noise", altZh: "噪点", credit: null, isPublic: true, position: null },
      },
      editor!,
    );
    totals.push(performance.now() - start);
    const readStart = performance.now();
    const file = await readAttachmentFile({ id }, editor!);
    reads.push(performance.now() - readStart);
    const [sizes] = rowsOf<{ n: number }>(await handle.db.execute(sql`select byte_size as n from attachments where id = ${id}`));
    stored = sizes!.n;
    if (!file || file.bytes.byteLength !== stored) throw new Error(`${label}: the stored file did not read back.`);
  }
  return { store: label, total: median(totals), write: median(writes), read: median(reads), stored };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "amity-bench-attachments-"));
  const cleanups: (() => Promise<unknown>)[] = [() => Promise.resolve(fs.rmSync(work, { recursive: true, force: true }))];
  try {
    const photo = await cameraPhoto();
    console.log(`Photo: 6000 × 4000 JPEG, ${mib(photo.length)} MiB (${photo.length.toLocaleString("en")} bytes), EXIF orientation 6; ${runs} run(s) per store, medians.`);
    console.log(`Node ${process.version}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), ${os.cpus().length} CPU(s): ${os.cpus()[0]?.model ?? "?"}`);

    const rss = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
    const rssBefore = rss();
    const inspections: number[] = [];
    let renditions = "";
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const inspected = await inspectFile({ name: "bench.jpg", bytes: photo });
      inspections.push(performance.now() - start);
      if (inspected.kind === "photo") renditions = `${inspected.width} × ${inspected.height}, ${mib(inspected.bytes.byteLength)} MiB stored, renditions ${inspected.renditions.map((r) => `${r.width} (${(r.bytes.byteLength / 1024).toFixed(0)} kB)`).join(", ")}`;
    }
    // The decoded photo (72 MB of pixels for 6000 × 4000) is held once per upload, outside the JavaScript heap.
    console.log(`Inspection alone (type, decode, rotate, re-encode, renditions): ${median(inspections).toFixed(0)} ms; ${renditions}`);
    console.log(`Resident memory: ${rssBefore} MiB before the inspections, ${rss()} MiB after them.\n`);

    const embedded = await openEmbedded(null, { seed: true });
    cleanups.push(() => embedded.close());
    const results: Row[] = [];
    results.push(await benchStore("file (AMITY_DATA_DIR/attachments)", embedded, objectStore(fileBackend(path.join(work, "data"))), photo));
    results.push(await benchStore("pg on PGlite (attachment_blobs)", embedded, databaseStore(), photo));

    const s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(work, "s3rver"), configureBuckets: [{ name: "amity-bench", configs: [] }] });
    const { port } = await s3.run();
    cleanups.push(() => s3.close());
    const bucket = s3Backend(
      parseEnv({ S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: "us-east-1", S3_BUCKET: "amity-bench", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true" }),
    );
    results.push(await benchStore("s3 (s3rver on localhost)", embedded, objectStore(bucket), photo));

    const server = process.env.DATABASE_URL;
    if (server) {
      const name = `amity_bench_attachments_${crypto.randomBytes(4).toString("hex")}`;
      const admin = postgres(server, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      cleanups.push(async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      });
      const target = new URL(server);
      target.pathname = `/${name}`;
      await migrateServer(target.toString());
      const handle = await openServer(target.toString(), 4);
      cleanups.push(() => handle.close());
      await seed(handle.db, { demoAccounts: true });
      results.push(await benchStore("pg on PostgreSQL (attachment_blobs)", handle, databaseStore(), photo));
    } else {
      console.log("(DATABASE_URL is not set: PostgreSQL's database store is left out.)\n");
    }

    const header = ["store", "upload total ms", "of which bytes + row ms", "inspection etc. ms", "read original ms", "stored MiB"];
    const table = results.map((r) => [r.store, r.total.toFixed(0), r.write.toFixed(0), (r.total - r.write).toFixed(0), r.read.toFixed(0), mib(r.stored)]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
    console.log(line(header));
    console.log(`|${widths.map((w, i) => (i ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
    for (const row of table) console.log(line(row));
    console.log(`\nPeak resident memory of this process, the stores (PGlite, s3rver) included: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB.`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
