import { authorizeRoute } from "@/lib/auth/session";
import { exportResponse } from "@/lib/records/export";
import { partnershipExport } from "@/lib/kinds/partnership/staff-export";

/** The partnerships list, in the import's columns, as CSV or XLSX (?format=csv|xlsx and the list's own query): lib/records/export.ts. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute("viewer");
  if (!access.ok) return access.response;
  return exportResponse(request, partnershipExport, access.user);
}
