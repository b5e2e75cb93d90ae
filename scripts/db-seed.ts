import path from "node:path";
import { openEmbedded, openServer } from "@/db";
import { seedIfEmpty } from "@/db/seed";
import { env } from "@/lib/env";
import { runScript } from "./cli";

// The demo content (real facts from the seed articles and the partnership list). Demo accounts exist only in the
// embedded demo: against a server database no default account is ever created (use npm run user:create).
runScript("db:seed", async () => {
  const config = env();
  const handle = config.DATABASE_URL
    ? await openServer(config.DATABASE_URL, 2)
    : await openEmbedded(path.join(config.dataDir, "pglite"), { seed: false });
  try {
    const seeded = await seedIfEmpty(handle.db, { demoAccounts: !config.DATABASE_URL });
    console.log(seeded ? "Seeded the demo data." : "The database already has data: left it as it is.");
  } finally {
    await handle.close();
  }
});
