// Makes (or drops) a fresh server database: migrated, seeded with the demo content, and given the demo staff
// accounts, as an operator would with user:create. For the end-to-end run, the fault tests, the soak and the benchmark.
import postgres from "postgres";
import { closeDb, migrateServer, openServer, setDatabase } from "@/db";
import { demoAccounts, demoPassword, seed } from "@/db/seed";
import { demoOffices } from "@/db/demo-accounts";
import { places } from "@/db/schema";
import type { Db } from "@/db";
import { eq } from "drizzle-orm";
import { createUser } from "@/lib/data/users";

const [command, name] = process.argv.slice(2);
const server = process.env.DATABASE_URL;
if (!server || !name || !/^amity_(e2e|soak|bench)_[a-z0-9_]+$/.test(name)) {
  console.error("usage: database.ts create|drop amity_{e2e,soak,bench}_<name> (with DATABASE_URL set)");
  process.exit(2);
}

/** A demo account's office (db/demo-accounts.ts): its home place's id, or null for the province's. */
async function officeOf(db: Db, email: string): Promise<number | null> {
  const slug = demoOffices[email as keyof typeof demoOffices];
  if (!slug) return null;
  const [place] = await db.select({ id: places.id }).from(places).where(eq(places.slug, slug));
  return place?.id ?? null;
}

async function main(server: string, name: string) {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const target = new URL(server);
  target.pathname = `/${name}`;
  try {
    if (command === "create") {
      await admin.unsafe(`CREATE DATABASE ${name}`);
      await migrateServer(target.toString());
      const handle = await openServer(target.toString(), 2);
      setDatabase(handle);
      // Content as in the demo; accounts created by the test run itself, as an operator would with user:create.
      await seed(handle.db, { demoAccounts: false });
      for (const account of demoAccounts) await createUser({ ...account, password: demoPassword, officePlaceId: await officeOf(handle.db, account.email) }, null);
      await closeDb();
    } else if (command === "drop") {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

main(server, name).catch((error: unknown) => {
  console.error(`e2e database ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
