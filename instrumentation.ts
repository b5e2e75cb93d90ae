/**
 * Runs once when the server starts: stamps each request with its socket's address (for the sign-in limits, before any
 * request is let through), checks the configuration and opens the database (migrating and seeding the embedded one), so
 * that a mistake is one line at start-up instead of an error page at the first visit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address");
  installPeerAddressStamp();
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
