import type { NextRequest } from "next/server";
import { authorizeRoute } from "@/lib/auth/session";
import { getPartnershipOptions, searchPartnershipOptions } from "@/lib/kinds/partnership/staff";

/**
 * The partnership pickers' search as the user types (components/staff/partnership-picker.tsx): `?q=` answers at most
 * 20 partnerships whose names, slug or country match, `?ids=1,2` names the given ones. A GET endpoint anyone can
 * call, so it checks the session and role itself, as an action does; staff data, never cached.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const access = await authorizeRoute("editor");
  if (!access.ok) return access.response;
  const params = request.nextUrl.searchParams;
  const ids = params.get("ids");
  const options = ids
    ? await getPartnershipOptions({ ids: ids.split(",").slice(0, 100).map(Number) })
    : await searchPartnershipOptions({ q: (params.get("q") ?? "").slice(0, 200) });
  return Response.json(
    { options },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
