import { authorizeRoute } from "@/lib/auth/session";
import { exportResponse } from "@/lib/records/export";
import { eventExport } from "@/lib/kinds/event/staff-export";

/** The events list as CSV or XLSX (?format=csv|xlsx and the list's own query): lib/records/export.ts. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute("viewer");
  if (!access.ok) return access.response;
  return exportResponse(request, eventExport, access.user);
}
