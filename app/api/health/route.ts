/**
 * Liveness: the process is up and answers HTTP. It asks nothing of the database or Redis, so that a load balancer or
 * orchestrator doesn't restart instances for an outage of something they share (see /api/ready for that).
 */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
