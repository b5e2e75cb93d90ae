import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements, delegations, events, partnerships, places } from "@/db/schema";

export interface RecordCount {
  kind: "places" | "partnerships" | "agreements" | "delegations" | "events";
  total: number;
  drafts: number;
}

/** How many records of each kind the office holds, and how many of them wait as drafts. */
export async function countRecords(): Promise<RecordCount[]> {
  const db = await getDb();
  const tables = { places, partnerships, agreements, delegations, events } as const;
  return Promise.all(
    (Object.keys(tables) as RecordCount["kind"][]).map(async (kind) => {
      const table = tables[kind];
      const [row] = await db
        .select({
          total: count(),
          drafts: sql<number>`count(*) filter (where ${eq(table.publication, "draft")})`.mapWith(Number),
        })
        .from(table);
      return { kind, total: row?.total ?? 0, drafts: row?.drafts ?? 0 };
    }),
  );
}
