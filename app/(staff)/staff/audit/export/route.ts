import { authorizeRoute } from "@/lib/auth/session";
import { exportResponse } from "@/lib/records/export";
import { auditExport } from "@/lib/records/audit-export";

/** The audit log (administrators only, as its page) as CSV or XLSX (?format=csv|xlsx and the list's own query): lib/records/export.ts. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute("admin");
  if (!access.ok) return access.response;
  return exportResponse(request, auditExport, access.user);
}
