import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Db } from "@/db";
import { actAs, one } from "./actions";
import { freshDatabase } from "./db";

export interface PartnershipSuite {
  /** The suite's database (set before its first test). */
  db: Db;
  /** Some demo places, and the Jinan–Vantaa partnership (`tie`). */
  ids: { jinan: number; qingdao: number; vantaa: number; shimonoseki: number; tie: number };
  /** A partnership as the database has it now. */
  partnership: (id: number) => Promise<{ version: number; status: string; slug: string; publication: string }>;
}

/**
 * The setup that the suites on partnerships and on their agreements share: a fresh database with the demo data for the
 * whole suite (dropped after it), and the demo editor acting in each test.
 */
export function partnershipSuite(): PartnershipSuite {
  let drop: (() => Promise<void>) | undefined;
  const suite = {
    partnership: (id: number) =>
      one<{ version: number; status: string; slug: string; publication: string }>(suite.db, sql`select version, status, slug, publication from partnerships where id = ${id}`),
  } as PartnershipSuite;
  beforeAll(async () => {
    const fresh = await freshDatabase({ seed: true });
    ({ db: suite.db, drop } = fresh);
    const place = async (slug: string) => (await one<{ id: number }>(suite.db, sql`select id from places where slug = ${slug}`)).id;
    suite.ids = {
      jinan: await place("jinan"),
      qingdao: await place("qingdao"),
      vantaa: await place("vantaa"),
      shimonoseki: await place("shimonoseki"),
      tie: (await one<{ id: number }>(suite.db, sql`select id from partnerships where slug = 'jinan-vantaa'`)).id,
    };
  });
  afterAll(() => drop?.());
  beforeEach(async () => {
    await actAs(suite.db, "editor@example.org");
  });
  return suite;
}
