import { authorizeRoute } from "@/lib/auth/session";
import { exportResponse } from "@/lib/records/export";
import { userExport } from "@/lib/data/users-export";

/** The staff accounts (administrators only, as their page) as CSV or XLSX (?format=csv|xlsx and the list's own query): lib/records/export.ts. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute("admin");
  if (!access.ok) return access.response;
  return exportResponse(request, userExport, access.user);
}
