import "server-only";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { places, type UserRole } from "@/db/schema";
import { canEditContent } from "@/lib/auth/roles";
import { kinds, type RecordKind } from "@/lib/kinds";
import { officeMayChange } from "@/lib/records/offices";
import { FieldConflictError } from "@/lib/records/errors";

/**
 * The offices an account may work for (lib/records/offices.ts): the top office (the province's, null) and the office
 * of each of the province's own cities, named by its home place.
 */
export interface OfficeOption {
  /** The home place whose office it is; null for the top office. */
  placeId: number | null;
  nameEn: string;
  nameZh: string | null;
}

/** The top office first (named by the province, where the office has one), then the cities' offices by name. */
export async function listOffices(db?: Db): Promise<OfficeOption[]> {
  const q = db ?? (await getDb());
  const home = await q
    .select({ placeId: places.id, nameEn: places.nameEn, nameZh: places.nameZh, kind: places.kind })
    .from(places)
    .where(and(eq(places.isHome, true), isNull(places.archivedAt)))
    .orderBy(asc(places.nameEn));
  const province = home.find((p) => p.kind === "province");
  return [
    { placeId: null, nameEn: province?.nameEn ?? "", nameZh: province?.nameZh ?? null },
    ...home.filter((p) => p.kind !== "province").map(({ placeId, nameEn, nameZh }) => ({ placeId, nameEn, nameZh })),
  ];
}

/** An office an account may be given: the top office, or a city of the province's own (not the province itself). */
export async function assertOfficeExists(tx: Db | Tx, officePlaceId: number | null): Promise<void> {
  if (officePlaceId === null) return;
  const [row] = await tx
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.id, officePlaceId), eq(places.isHome, true), ne(places.kind, "province"), isNull(places.archivedAt)));
  if (!row) throw new FieldConflictError("officePlaceId", "officeUnknown");
}

/**
 * Whether this staff member may change the record, as its page offers it: an editor or administrator of an office it
 * belongs to (or of the top office). The data layer asks the same in every write (lib/records/offices.ts).
 */
export async function mayChangeRecord(user: { role: UserRole; officePlaceId: number | null }, kind: RecordKind, id: number): Promise<boolean> {
  if (!canEditContent(user)) return false;
  return officeMayChange(await getDb(), user, kinds[kind], id);
}

/** A city's office by its home place's address (`qingdao`), for the command line; null when there is none. */
export async function findOfficeBySlug(slug: string): Promise<OfficeOption & { slug: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ placeId: places.id, nameEn: places.nameEn, nameZh: places.nameZh, slug: places.slug })
    .from(places)
    .where(and(eq(places.slug, slug), eq(places.isHome, true), ne(places.kind, "province"), isNull(places.archivedAt)));
  return row ?? null;
}
