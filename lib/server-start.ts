import { getHandle, pendingMigrationCount } from "@/db";
import { demoPassword } from "@/db/demo-accounts";
import { listDemoAccountsInUse } from "@/lib/data/demo-accounts";
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
    // An https address means a real deployment; the demo accounts' password is published, so anyone could sign in.
    if (config.AMITY_SITE_URL.startsWith("https://") && (await listDemoAccountsInUse()).length > 0) {
      throw new ConfigError(
        `Refusing to start: the demo accounts (published password ${demoPassword}) can sign in, and AMITY_SITE_URL (${config.AMITY_SITE_URL}) is a real site. Use a PostgreSQL server (DATABASE_URL) with accounts made by npm run user:create.`,
      );
    }
    const where = config.mode === "server" ? "PostgreSQL at DATABASE_URL" : `embedded PostgreSQL in ${config.dataDir}`;
    console.log(`Amity: database ready (${where}) in ${Date.now() - started} ms`);
    // The job queue first (its workers finish the job in hand), then the database it works in.
    const close = async () => {
      const { stopJobs } = await import("@/lib/jobs/queue");
      await stopJobs();
      await handle.close();
    };
    process.once("SIGTERM", () => closeAtExit(close));
    process.once("SIGINT", () => closeAtExit(close));
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `Amity could not start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    console.error(message);
    process.exit(1);
  }
}

/**
 * On SIGTERM, Next.js stops taking connections, lets the requests in flight finish, then exits. The pool closes at
 * that last moment, so every request had its database and PostgreSQL is told goodbye instead of seeing the
 * connections drop. (With NEXT_MANUAL_SIG_HANDLE set, Next.js leaves the signal alone and this exits itself.)
 */
function closeAtExit(close: () => Promise<void>) {
  const exit = process.exit.bind(process);
  let closing: Promise<void> | undefined;
  const closeThenExit = (code?: number | string | null) => {
    closing ??= close().catch((error: unknown) => console.error(`[amity] closing the database: ${error instanceof Error ? error.message : String(error)}`));
    void closing.finally(() => exit(code ?? 0));
  };
  process.exit = closeThenExit as typeof process.exit;
  if (process.env.NEXT_MANUAL_SIG_HANDLE) closeThenExit(0);
}
