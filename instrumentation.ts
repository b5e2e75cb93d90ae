/**
 * Runs once when the server starts: stamps each request with its socket's address (for the sign-in limits, before any
 * request is let through), checks the configuration, opens the database (migrating and seeding the embedded one) and starts the job queue, so
 * that a mistake is one line at start-up instead of an error page at the first visit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address");
  installPeerAddressStamp();
  const { startServer } = await import("./lib/server-start");
  await startServer();
  // The job queue's workers: scheduled publications, agreements' expiry (lib/jobs). AMITY_JOBS=off leaves them to
  // other instances (the queue is still used to schedule: the jobs wait for an instance that works them).
  if (process.env.AMITY_JOBS !== "off") {
    const { startWorkers } = await import("./lib/jobs/workers");
    await startWorkers();
  }
}
