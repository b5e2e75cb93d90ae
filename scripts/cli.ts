import { closeDb } from "@/db";
import { ConfigError } from "@/lib/env";

/** Runs a command-line script: a configuration mistake or a failure is one line and a non-zero exit, never a trace. */
export function runScript(name: string, main: () => Promise<void>): void {
  main()
    .then(async () => {
      await closeDb();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      const message = error instanceof ConfigError ? error.message : `${name} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      console.error(message);
      await closeDb().catch(() => {});
      process.exit(1);
    });
}
