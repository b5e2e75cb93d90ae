// The benchmark's synthetic data set, on top of the demo data: generated inside the database with generate_series
// (one statement per table), so scale 1 takes seconds, not minutes, on PGlite as on a server.
//
// At scale N: 2,000·N foreign places in 150 countries, 3,000·N partnerships, 20,000·N events, 10,000·N delegations
// and 10,000·N agreements (two signatories each). Two shapes stay the same size at every scale, so that growing N
// measures how the rest of the data weighs on them: one partnership with a 500-item timeline (200 agreements,
// 150 delegations, 150 events), and one home city (Qingdao) with 1,000 partners. About 1 in 20 of each kind of
// record is a draft, as in an office's real record.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { countryCodes } from "@/lib/countries";

export interface SyntheticShape {
  scale: number;
  /** Slug of the partnership with the 500-item timeline. */
  biggestPartnership: string;
  /** Slug of the home city with 1,000 partners. */
  biggestCity: string;
  counts: Record<string, number>;
}

const giantTimeline = { agreements: 200, delegations: 150, events: 150 };
const partnersPerHome = 1000;

export async function seedSynthetic(db: Db, scale: number): Promise<SyntheticShape> {
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) throw new Error("--scale must be a whole number from 1 to 100");
  const foreign = 2000 * scale;
  const ties = 3000 * scale;
  const eventCount = 20_000 * scale;
  const delegationCount = 10_000 * scale;
  const agreementCount = 10_000 * scale;
  // 150 countries, China (the home side) left out.
  const countries = countryCodes.filter((c) => c !== "CN").slice(0, 150);
  const countryList = sql.raw(`array[${countries.map((c) => `'${c}'`).join(",")}]`);

  await db.transaction(async (tx) => {
    const exec = (query: ReturnType<typeof sql>) => tx.execute(query);
    // Foreign places, spread over the world.
    await exec(sql`
      insert into places (slug, name_en, name_zh, kind, region_en, country_code, continent, latitude, longitude, population,
                          description_en, is_home, publication)
      select 'bench-place-' || i, 'Benchford ' || i, '测试市' || i, 'city', 'Bench Region ' || (i % 40),
             (${countryList})[1 + i % 150],
             (enum_range(null::continent))[1 + (i % 150) % 6],
             round((((i * 37) % 140) - 60 + (i % 7) * 0.13)::numeric, 2)::float8,
             round((((i * 53) % 340) - 170 + (i % 11) * 0.07)::numeric, 2)::float8,
             50000 + (i::bigint * 7919) % 5000000,
             'A synthetic partner place for the benchmark.',
             false,
             case when i % 20 = 0 then 'draft' else 'published' end::publication_state
      from generate_series(1, ${foreign}) as i`);

    // Home places: Qingdao keeps exactly 1,000 synthetic partners at every scale; the other partnerships go to
    // Jinan and the province, then to synthetic home districts, 1,000 each.
    const homeSlugs = ["qingdao", "jinan", "shandong"];
    const extraHomes = Math.max(0, Math.ceil(ties / partnersPerHome) - homeSlugs.length);
    if (extraHomes) {
      await exec(sql`
        insert into places (slug, name_en, name_zh, kind, region_en, country_code, continent, latitude, longitude, is_home, publication)
        select 'bench-home-' || i, 'Bench District ' || i, '测试区' || i, 'district', 'Shandong Province', 'CN', 'asia',
               36 + (i % 10) * 0.1, 117 + (i % 10) * 0.1, true, 'published'
        from generate_series(1, ${extraHomes}) as i`);
    }
    await exec(sql`create temporary table bench_homes (n int primary key, id int not null) on commit drop`);
    await exec(sql`
      insert into bench_homes (n, id)
      select row_number() over (order by array_position(array['qingdao','jinan','shandong']::text[], slug), slug) - 1, id
      from places where slug in ('qingdao', 'jinan', 'shandong') or slug like 'bench-home-%'`);

    // Partnership i (1-based) belongs to home block (i-1)/1000 and takes 1,000 consecutive foreign places from an
    // offset that moves with the block, so each home's partners are distinct.
    await exec(sql`
      insert into partnerships (slug, home_place_id, partner_place_id, type, status, established_on, established_precision,
                                summary_en, summary_zh, featured, publication)
      select 'bench-tie-' || i, h.id, p.id,
             (enum_range(null::partnership_type))[1 + i % 3],
             case when i % 17 = 0 then 'dormant' else 'active' end::partnership_status,
             make_date(1979 + i % 47, 1, 1), 'year',
             'A synthetic partnership, number ' || i || ', for the benchmark: trade, culture and youth exchanges.',
             '基准测试用的合成友好关系 ' || i,
             false,
             case when i % 20 = 7 then 'draft' else 'published' end::publication_state
      from generate_series(1, ${ties}) as i
      join bench_homes h on h.n = (i - 1) / ${partnersPerHome}
      join places p on p.slug = 'bench-place-' || (1 + ((i - 1) % ${partnersPerHome} + ((i - 1) / ${partnersPerHome}) * 700) % ${foreign})`);

    await exec(sql`create temporary table bench_ties (n int primary key, id int not null) on commit drop`);
    await exec(sql`insert into bench_ties (n, id) select substr(slug, 11)::int, id from partnerships where slug like 'bench-tie-%'`);
    await exec(sql`insert into partnership_sources (partnership_id, position, citation, url)
      select id, 0, 'Synthetic source ' || n, 'https://example.org/bench/' || n from bench_ties`);

    // Agreements: the first 200 on partnership 1 (the long timeline), the rest spread over every partnership.
    await exec(sql`
      insert into agreements (partnership_id, title_en, title_zh, kind, status, signed_on, signed_precision, signed_place_en,
                              summary_en, publication)
      select t.id, 'Bench agreement ' || i, '测试协议' || i,
             (enum_range(null::agreement_kind))[1 + i % 5], 'signed',
             make_date(1980 + i % 46, 1 + i % 12, 1 + i % 28), 'day', 'Jinan',
             'Both sides agree to deepen exchanges in trade, education and culture (synthetic, ' || i || ').',
             case when i % 20 = 3 then 'draft' else 'published' end::publication_state
      from generate_series(1, ${agreementCount}) as i
      join bench_ties t on t.n = case when i <= ${giantTimeline.agreements} then 1 else 1 + ((i::bigint * 7919) % ${ties})::int end`);
    await exec(sql`
      insert into agreement_signatories (agreement_id, position, name, office, side)
      select a.id, s.pos, case s.pos when 0 then 'Home Signatory ' else 'Partner Signatory ' end || a.id,
             case s.pos when 0 then 'Mayor' else 'Governor' end,
             (case s.pos when 0 then 'home' else 'partner' end)::signatory_side
      from agreements a cross join (values (0), (1)) as s(pos)
      where a.title_en like 'Bench agreement %'`);

    await exec(sql`
      insert into delegations (slug, direction, title_en, title_zh, leader_name, size, purpose_en, starts_on, ends_on,
                               date_precision, outcomes_en, deal_amount, deal_currency, publication)
      select 'bench-delegation-' || i, (enum_range(null::delegation_direction))[1 + i % 2],
             'Bench delegation ' || i, '测试代表团' || i, 'Leader ' || i, 5 + i % 30,
             'Trade and culture talks (synthetic).',
             make_date(1985 + i % 41, 1 + i % 12, 1 + i % 28), make_date(1985 + i % 41, 1 + i % 12, 1 + i % 28) + 3, 'day',
             'Agreements on exchanges (synthetic).',
             case when i % 3 = 0 then (i * 1000)::numeric else null end,
             case when i % 3 = 0 then 'USD' else null end,
             case when i % 20 = 5 then 'draft' else 'published' end::publication_state
      from generate_series(1, ${delegationCount}) as i`);
    await exec(sql`
      insert into delegation_partnerships (delegation_id, partnership_id)
      select d.id, t.id from delegations d
      join bench_ties t on t.n = case when substr(d.slug, 18)::int <= ${giantTimeline.delegations} then 1
                                      else 1 + ((substr(d.slug, 18)::bigint * 104729) % ${ties})::int end
      where d.slug like 'bench-delegation-%'`);

    await exec(sql`
      insert into events (slug, kind, title_en, title_zh, starts_on, date_precision, time_zone, venue_en, description_en, publication)
      select 'bench-event-' || i, (enum_range(null::event_kind))[1 + i % 11],
             'Bench event ' || i, '测试活动' || i,
             make_date(1990 + i % 38, 1 + i % 12, 1 + i % 28), 'day', 'Asia/Shanghai', 'Bench Hall ' || (i % 50),
             'A synthetic event for the benchmark.',
             case when i % 20 = 9 then 'draft' else 'published' end::publication_state
      from generate_series(1, ${eventCount}) as i`);
    await exec(sql`
      insert into event_partnerships (event_id, partnership_id)
      select e.id, t.id from events e
      join bench_ties t on t.n = case when substr(e.slug, 13)::int <= ${giantTimeline.events} then 1
                                      else 1 + (substr(e.slug, 13)::int * 15485863::bigint % ${ties})::int end
      where e.slug like 'bench-event-%'`);
  });
  await db.execute(sql`analyze`);

  const [counts] = await rows<Record<string, number>>(db, sql`
    select (select count(*) from places)::int as places, (select count(*) from partnerships)::int as partnerships,
           (select count(*) from events)::int as events, (select count(*) from delegations)::int as delegations,
           (select count(*) from agreements)::int as agreements`);
  return { scale, biggestPartnership: "bench-tie-1", biggestCity: "qingdao", counts: counts ?? {} };
}

/** The rows of a raw query, whichever driver runs it (postgres.js answers an array, PGlite an object with rows). */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
