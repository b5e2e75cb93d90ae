import fs from "node:fs";
import path from "node:path";
import { openEmbedded } from "@/db";
import { env } from "@/lib/env";
import { runScript } from "./cli";

// Embedded only: deletes the demo database and makes it anew. Stop the server first (PGlite allows one process).
runScript("db:reset", async () => {
  const config = env();
  if (config.DATABASE_URL) {
    throw new Error("db:reset only resets the embedded database; unset DATABASE_URL (it never drops a server database).");
  }
  const dir = path.join(config.dataDir, "pglite");
  fs.rmSync(dir, { recursive: true, force: true });
  const handle = await openEmbedded(dir);
  await handle.close();
  console.log(`Reset the embedded database in ${config.dataDir}: migrated and seeded with the demo data.`);
});
