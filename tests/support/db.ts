import crypto from "node:crypto";
import postgres from "postgres";
import { migrateServer, openEmbedded, openServer, setDatabase, type Handle } from "@/db";
import { seed } from "@/db/seed";

/**
 * A fresh, migrated database for one test suite, made the app's `db`: a new database on the PostgreSQL server at
 * DATABASE_URL when it is set (as in CI), else an in-memory PGlite. `drop()` removes it.
 */
export async function freshDatabase(options: { seed?: boolean } = {}): Promise<Handle & { drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  let handle: Handle;
  let drop: () => Promise<void>;
  if (url) {
    const name = `amity_test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    await migrateServer(target.toString());
    handle = await openServer(target.toString(), 4);
    drop = async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    handle = await openEmbedded(null, { seed: false });
    drop = () => handle.close();
  }
  if (options.seed) await seed(handle.db, { demoAccounts: true });
  setDatabase(handle);
  return { ...handle, drop };
}
