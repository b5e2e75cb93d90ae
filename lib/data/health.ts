import "server-only";

/** Database reachability for the code that answers requests (lib/auth, lib/actions, public reads): see db/health.ts. */
export { DatabaseUnavailableError, isConnectionError, noteDatabaseError } from "@/db";
