import "server-only";
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { officeListCondition } from "@/lib/records/offices";
import { getDb, rowsOf } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnershipSources, partnerships } from "@/db/schema";
import { anniversariesAround } from "@/lib/anniversaries";
import { kinds, recordKinds, type RecordKind } from "@/lib/kinds";
import { weakSourceKinds } from "@/lib/kinds/partnership/sources";
import { home, joinHome, joinPartner, partner } from "./ties";
import { staffName, tieLabel } from "@/lib/records/staff-names";
import { staffLocale } from "@/lib/i18n/staff-locale";

export interface RecordCount {
  kind: RecordKind;
  total: number;
  drafts: number;
}

/**
 * How many records of each kind the office holds, and how many of them wait as drafts: of one office's ties (its home
 * place, lib/records/offices.ts; what every office keeps together counts for each), or of every office's (null).
 */
export async function countRecords(officePlaceId: number | null = null): Promise<RecordCount[]> {
  const db = await getDb();
  return Promise.all(
    recordKinds.map(async (kind) => {
      const { table } = kinds[kind];
      const [row] = await db
        .select({
          total: count(),
          drafts: sql<number>`count(*) filter (where ${eq(table.publication, "draft")})`.mapWith(Number),
        })
        .from(table)
        .where(and(isNull(table.archivedAt), officeListCondition(kinds[kind], officePlaceId)));
      return { kind, total: row?.total ?? 0, drafts: row?.drafts ?? 0 };
    }),
  );
}

export interface DraftItem {
  kind: RecordKind;
  id: number;
  title: string;
  updatedAt: string;
}

/** Drafts waiting to be published (archived ones aside), most recently changed first: one office's, or every office's (null). */
export async function listDrafts(limit = 10, officePlaceId: number | null = null): Promise<DraftItem[]> {
  const db = await getDb();
  const drafts = recordKinds.map((kind) => {
    const { table, title: titleEn, titleZh } = kinds[kind];
    const title = staffLocale() === "zh" ? sql`coalesce(${titleZh}, ${titleEn})` : titleEn;
    const office = officeListCondition(kinds[kind], officePlaceId) ?? sql`true`;
    return sql`select ${kind} as kind, ${table.id} as id, ${title} as title, ${table.updatedAt} as updated_at from ${table}
      where ${table.publication} = 'draft' and ${table.archivedAt} is null and ${office}`;
  });
  const rows = await db.execute(sql`select * from (${sql.join(drafts, sql` union all `)}) d order by updated_at desc, id desc limit ${limit}`);
  return rowsOf<{ kind: RecordKind; id: number; title: string; updated_at: Date | string }>(rows).map((r) => ({ kind: r.kind, id: Number(r.id), title: r.title, updatedAt: new Date(r.updated_at).toISOString() }));
}

export interface ComingItem {
  kind: "event" | "delegation";
  id: number;
  title: string;
  startsOn: string;
  precision: "year" | "month" | "day";
  publication: "draft" | "published";
}

/** Events and delegations that start within the next `days` days (drafts included: they need preparing too). */
export async function listComing({ today, days = 60 }: { today: string; days?: number }): Promise<ComingItem[]> {
  const db = await getDb();
  const window = sql`between ${today}::date and ${today}::date + ${days}::int`;
  const [e, d] = await Promise.all([
    db
      .select({ id: events.id, title: staffName(events.titleEn, events.titleZh), startsOn: events.startsOn, precision: events.datePrecision, publication: events.publication })
      .from(events)
      .where(and(isNull(events.archivedAt), sql`${events.startsOn} ${window}`, eq(events.datePrecision, "day"))),
    db
      .select({ id: delegations.id, title: staffName(delegations.titleEn, delegations.titleZh), startsOn: delegations.startsOn, precision: delegations.datePrecision, publication: delegations.publication })
      .from(delegations)
      .where(and(isNull(delegations.archivedAt), sql`${delegations.startsOn} ${window}`, eq(delegations.datePrecision, "day"))),
  ]);
  return [
    ...e.map((r) => ({ kind: "event" as const, ...r, startsOn: r.startsOn!, precision: r.precision! })),
    ...d.map((r) => ({ kind: "delegation" as const, ...r })),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title));
}

export interface ComingAnniversary {
  id: number;
  label: string;
  years: number;
  /** The anniversary day, or the first of its month or year when the tie's date is known only that far. */
  date: string;
  precision: "year" | "month" | "day";
}

/**
 * Partnerships (neither ended nor archived) reaching a round anniversary. `soon`: within the next `days` days, on
 * their day, or in their month when the tie is known to the month (lib/anniversaries.ts, anniversariesAround), by date.
 * `thisYear`: ties known only by their year, whose anniversary is this year (`year`, the office's): listed all year,
 * once, by name.
 */
export async function listComingAnniversaries({ today, days = 90 }: { today: string; days?: number }): Promise<{
  soon: ComingAnniversary[];
  thisYear: ComingAnniversary[];
  year: number;
}> {
  const db = await getDb();
  const rows = await db
    .select({
      id: partnerships.id,
      homeName: staffName(home.nameEn, home.nameZh),
      partnerName: staffName(partner.nameEn, partner.nameZh),
      establishedOn: partnerships.establishedOn,
      precision: partnerships.establishedPrecision,
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(isNull(partnerships.archivedAt), ne(partnerships.status, "ended"), sql`${partnerships.establishedOn} is not null and ${partnerships.establishedPrecision} is not null`));
  const soon: ComingAnniversary[] = [];
  const thisYear: ComingAnniversary[] = [];
  for (const r of rows) {
    const tie = { id: r.id, label: tieLabel(r.homeName, r.partnerName) };
    const found = anniversariesAround({ date: r.establishedOn!, precision: r.precision! }, { today, days });
    soon.push(...found.soon.map((a) => ({ ...tie, ...a })));
    if (found.thisYear) thisYear.push({ ...tie, ...found.thisYear });
  }
  return {
    soon: soon.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label)),
    thisYear: thisYear.sort((a, b) => a.label.localeCompare(b.label)),
    year: Number(today.slice(0, 4)),
  };
}

export interface UnverifiedPartnership {
  id: number;
  label: string;
  published: boolean;
}

/**
 * Ties that cite sources, every one of them an aggregator or a blog (the rule of lib/kinds/partnership/sources.ts,
 * isUnverified, for one tie): the public sees them marked unverified until staff find a stronger source.
 */
export async function listUnverifiedPartnerships(): Promise<UnverifiedPartnership[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: partnerships.id, homeName: staffName(home.nameEn, home.nameZh), partnerName: staffName(partner.nameEn, partner.nameZh), publication: partnerships.publication })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        isNull(partnerships.archivedAt),
        sql`exists (select 1 from ${partnershipSources} s where s.partnership_id = ${partnerships.id})`,
        sql`not exists (select 1 from ${partnershipSources} s where s.partnership_id = ${partnerships.id} and (s.kind is null or s.kind not in (${sql.join(weakSourceKinds.map((kind) => sql`${kind}`), sql`, `)})))`,
      ),
    )
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  return rows.map((r) => ({ id: r.id, label: tieLabel(r.homeName, r.partnerName), published: r.publication === "published" }));
}

export interface DormantPartnership {
  id: number;
  label: string;
  /** The latest agreement, delegation or event, at the precision its date is known; null when none was ever recorded. */
  lastActivity: { date: string; precision: "year" | "month" | "day" } | null;
  /** When it was established, if known: what "dormant" is measured from when nothing was ever recorded. */
  established: { date: string; precision: "year" | "month" | "day" } | null;
}

/**
 * "Dormant watch": partnerships (neither ended nor archived, and older than the window) with no agreement,
 * delegation or event in the last `years` years.
 */
export async function listDormantPartnerships({ today, years = 3 }: { today: string; years?: number }): Promise<DormantPartnership[]> {
  const db = await getDb();
  // The newest dated activity of the partnership, with its precision (archived records don't count).
  const latest = sql<{ date: string; precision: "year" | "month" | "day" } | null>`(
    select json_build_object('date', to_char(x.d, 'YYYY-MM-DD'), 'precision', x.p) from (
      select a.signed_on as d, a.signed_precision as p from ${agreements} a where a.partnership_id = ${partnerships.id} and a.archived_at is null
      union all
      select d.starts_on, d.date_precision from ${delegationPartnerships} l join ${delegations} d on d.id = l.delegation_id
        where l.partnership_id = ${partnerships.id} and d.archived_at is null
      union all
      select e.starts_on, e.date_precision from ${eventPartnerships} l join ${events} e on e.id = l.event_id
        where l.partnership_id = ${partnerships.id} and e.archived_at is null
    ) x where x.d is not null order by x.d desc limit 1)`;
  const cutoff = sql`(${today}::date - make_interval(years => ${years}::int))::date`;
  const rows = await db
    .select({
      id: partnerships.id,
      homeName: staffName(home.nameEn, home.nameZh),
      partnerName: staffName(partner.nameEn, partner.nameZh),
      lastActivity: latest,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        isNull(partnerships.archivedAt),
        ne(partnerships.status, "ended"),
        sql`coalesce((${latest} ->> 'date')::date, ${partnerships.establishedOn}, ${partnerships.createdAt}::date) < ${cutoff}`,
      ),
    )
    .orderBy(sql`coalesce((${latest} ->> 'date')::date, ${partnerships.establishedOn}) asc nulls first`, asc(home.nameEn), asc(partner.nameEn));
  return rows.map((r) => ({
    id: r.id,
    label: tieLabel(r.homeName, r.partnerName),
    lastActivity: r.lastActivity,
    established: r.establishedOn && r.establishedPrecision ? { date: r.establishedOn, precision: r.establishedPrecision } : null,
  }));
}
