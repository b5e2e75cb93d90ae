import "server-only";
import type { PgBoss } from "pg-boss";
import { getHandle, type Handle } from "@/db";

/**
 * The job queue: pg-boss, in the app's own database (schema `pgboss`, which pg-boss creates and migrates itself as it
 * starts). On PostgreSQL it has a small pool of its own (pg-boss speaks node-postgres); on the embedded database it
 * shares the one PGlite client. A job is a row: when several instances run, each job is taken by exactly one of them
 * (`FOR UPDATE SKIP LOCKED`), and the cron schedules below fire once per minute across all of them.
 *
 * Two queues:
 * - `publish-at`: one job per approval for a later moment (lib/jobs/publish-at.ts), sent in the same transaction as
 *   the approval, and polled every half second so a publication is on the site within a second of its time.
 * - `housekeeping`: every five minutes, expires agreements past their end date (lib/records/expiry.ts) and files the
 *   dashboard's anniversary reminders (lib/records/reminders.ts).
 */
export const queues = { publishAt: "publish-at", housekeeping: "housekeeping" } as const;

/** pg-boss's fastest polling (its minimum): a scheduled publication waits at most this long past its time. */
export const publishPollingSeconds = 0.5;

const globalForJobs = globalThis as typeof globalThis & { __amityJobs?: { handle: Handle; boss: Promise<PgBoss> } };

/**
 * The queue of the app's database, started on first use (sending a job needs pg-boss's schema and queues). Its
 * maintenance runs here too; the workers that carry jobs out start only where startWorkers is called (the server).
 */
export async function getJobs(): Promise<PgBoss> {
  const handle = await getHandle();
  const current = globalForJobs.__amityJobs;
  // A test suite's fresh database, or a reopened one: the queue follows the app's database.
  if (current && current.handle === handle) return current.boss;
  if (current) await stopJobs();
  const boss = start(handle).catch((error: unknown) => {
    if (globalForJobs.__amityJobs?.boss === boss) globalForJobs.__amityJobs = undefined;
    throw error;
  });
  globalForJobs.__amityJobs = { handle, boss };
  return boss;
}

async function start(handle: Handle): Promise<PgBoss> {
  const { PgBoss, fromPglite } = await import("pg-boss");
  const boss =
    "url" in handle.jobs
      ? new PgBoss({ connectionString: handle.jobs.url, max: 2, application_name: "amity-jobs" })
      : new PgBoss({ backend: "pglite", db: fromPglite(handle.jobs.pglite) });
  boss.on("error", (error: Error) => console.error(`[amity] job queue: ${error.message.split("\n")[0]}`));
  await boss.start();
  // A job that fails (the database away for a moment) is tried again, a few times, a few seconds apart.
  // "short": one queued job per key (a review and its time), so that queueing a schedule again adds nothing.
  await boss.createQueue(queues.publishAt, { policy: "short", retryLimit: 5, retryDelay: 2, retryBackoff: true });
  await boss.createQueue(queues.housekeeping, { retryLimit: 2, retryDelay: 30 });
  return boss;
}

/** Stops the queue (its workers finish the job in hand first): before the database closes. */
export async function stopJobs(): Promise<void> {
  const current = globalForJobs.__amityJobs;
  globalForJobs.__amityJobs = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => null);
  await boss?.stop({ graceful: true, close: true, timeout: 5000 });
}
