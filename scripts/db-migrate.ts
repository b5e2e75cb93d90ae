import path from "node:path";
import { migrateServer, openEmbedded } from "@/db";
import { env } from "@/lib/env";
import { runScript } from "./cli";

runScript("db:migrate", async () => {
  const config = env();
  if (config.DATABASE_URL) {
    await migrateServer(config.DATABASE_URL);
    console.log("Migrated the database at DATABASE_URL to the latest schema.");
  } else {
    const handle = await openEmbedded(path.join(config.dataDir, "pglite"), { seed: false });
    await handle.close();
    console.log(`Migrated the embedded database in ${config.dataDir} to the latest schema.`);
  }
});
