import { getHandle, pendingMigrationCount } from "@/db";
import { ConfigError, env } from "@/lib/env";

export async function startServer(): Promise<void> {
  try {
    const config = env();
    const started = Date.now();
    const handle = await getHandle();
    if (handle.mode === "server") {
      const pending = await pendingMigrationCount(handle.db);
      if (pending > 0) {
        throw new ConfigError(`The database at DATABASE_URL lacks ${pending} migration(s): run npm run db:migrate first.`);
      }
    }
    const where = config.mode === "server" ? "PostgreSQL at DATABASE_URL" : `embedded PostgreSQL in ${config.dataDir}`;
    console.log(`Amity: database ready (${where}) in ${Date.now() - started} ms`);
    const close = () => {
      handle.close().finally(() => process.exit(0));
    };
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `Amity could not start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    console.error(message);
    process.exit(1);
  }
}
