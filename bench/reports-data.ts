import type pg from 'pg';

/** The generated data set: about 1M users over three years, 10M session_user rows. */
export const DATA = {
  users: 1_000_000,
  partners: 50,
  courses: 20,
  sessionsPerCourse: 8,
  /** Each user starts two courses and five sessions of each: 2M course_user, 10M session_user. */
  coursesPerUser: 2,
  sessionsStarted: 5,
  unclaimedCodes: 100_000,
  since: '2024-01-01T00:00:00Z',
  until: '2026-12-01T00:00:00Z',
};

const TABLES = ['user', 'partner_access', 'course_user', 'session_user', 'therapy_session'];

/**
 * Fills an empty, migrated database with set-based SQL (generate_series, no API calls), each
 * table in createdAt order as the API appends its rows. Secondary
 * indexes are dropped during the load and rebuilt after it, and foreign-key triggers are off
 * (session_replication_role), which turns an hour of row-by-row checks into minutes.
 */
export async function generate(client: pg.Client, log: (line: string) => void): Promise<void> {
  const step = async (what: string, sql: string) => {
    const started = performance.now();
    await client.query(sql);
    log(`  ${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const span = `(timestamptz '${DATA.until}' - timestamptz '${DATA.since}')`;
  await client.query(
    `set maintenance_work_mem = '512MB'; set work_mem = '64MB'; set synchronous_commit = off`,
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
      where schemaname = 'public' and tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', schemaname, indexname)::regclass)`,
    [TABLES],
  );
  for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
  await client.query(`set session_replication_role = replica`);

  await step(
    'users',
    `
    create temp table b_user as
      select i, gen_random_uuid() as id, timestamptz '${DATA.since}' + ${span} * random() as created_at
        from generate_series(1, ${DATA.users}) i;
    insert into "user" (id, created_at, updated_at, firebase_uid, name, email, sign_up_type,
                        last_active_at, deleted_at, is_active, crisp_token_id)
    select id, created_at, created_at, 'bench-uid-' || i, 'Bench user ' || i, 'bench-' || i || '@example.com',
           case when i % 10 < 6 then 'PUBLIC_USER' when i % 10 < 9 then 'PARTNER_USER_WITH_CODE'
                else 'PARTNER_USER_WITHOUT_CODE' end,
           created_at + (timestamptz '${DATA.until}' - created_at) * random(),
           case when i % 50 = 0 then created_at + (timestamptz '${DATA.until}' - created_at) * random() end,
           i % 50 <> 0, gen_random_uuid()
      from b_user order by created_at`,
  );

  // A few large partners and a long tail: partner n gets a share falling with n.
  await step(
    'partners and accesses',
    `
    insert into partner (id, created_at, updated_at, name)
    select gen_random_uuid(), timestamptz '2023-06-01', timestamptz '2023-06-01', 'Partner ' || lpad(p::text, 2, '0')
      from generate_series(1, ${DATA.partners}) p;
    create temp table b_partner as select row_number() over (order by name) as p, id from partner;
    insert into partner_access (id, created_at, updated_at, user_id, partner_id, access_code, active, activated_at,
                                feature_live_chat, feature_therapy, therapy_sessions_remaining, therapy_sessions_redeemed)
    select gen_random_uuid(), t.minted, t.minted, t.user_id, bp.id,
           case when t.with_code then upper(lpad(to_hex(t.i), 6, '0')) end,
           true, t.activated, true, t.i % 3 = 0, case when t.i % 3 = 0 then 3 else 0 end, 0
      from (select bu.i, bu.id as user_id, bu.i % 10 < 9 as with_code, bu.created_at as activated,
                   bu.created_at - case when bu.i % 10 < 9 then interval '30 days' * random() else interval '0' end as minted,
                   1 + floor(${DATA.partners} * power(random(), 2))::int as p
              from b_user bu where bu.i % 10 >= 6 or bu.i % 20 = 1) t
      join b_partner bp on bp.p = t.p
     order by t.minted;
    insert into partner_access (id, created_at, updated_at, partner_id, access_code, active,
                                feature_live_chat, feature_therapy)
    select gen_random_uuid(), c, c, bp.id, upper(lpad(to_hex(${DATA.users} + g), 6, '0')), true, true, false
      from (select g, timestamptz '${DATA.since}' + ${span} * random() as c,
                   1 + floor(${DATA.partners} * power(random(), 2))::int as p
              from generate_series(1, ${DATA.unclaimedCodes}) g) x
      join b_partner bp on bp.p = x.p`,
  );

  await step(
    'courses and sessions',
    `
    insert into course (id, created_at, updated_at, name, slug, status, storyblok_id)
    select gen_random_uuid(), timestamptz '2023-06-01', timestamptz '2023-06-01', 'Course ' || lpad(c::text, 2, '0'),
           'courses/course-' || c, 'published', 100000 + c
      from generate_series(0, ${DATA.courses - 1}) c;
    create temp table b_course as select storyblok_id - 100000 as c, id from course;
    insert into session (id, created_at, updated_at, name, slug, status, storyblok_id, course_id)
    select gen_random_uuid(), timestamptz '2023-06-01', timestamptz '2023-06-01', 'Session ' || bc.c || '.' || k,
           'sessions/session-' || bc.c || '-' || k, 'published', 200000 + bc.c * 10 + k, bc.id
      from b_course bc cross join generate_series(1, ${DATA.sessionsPerCourse}) k;
    create temp table b_session as
      select s.id, bc.c, s.storyblok_id - 200000 - bc.c * 10 as k from session s join b_course bc on bc.id = s.course_id`,
  );

  await step(
    'course_user',
    `
    create temp table b_cu as
      select gen_random_uuid() as id, bu.id as user_id, bc.id as course_id, bc.c,
             bu.created_at + (least(timestamptz '${DATA.until}', bu.created_at + interval '120 days') - bu.created_at) * random()
               as created_at,
             random() < 0.25 as done
        from b_user bu cross join (values (0), (3)) o(shift) join b_course bc on bc.c = (bu.i * 7 + o.shift) % ${DATA.courses};
    insert into course_user (id, created_at, updated_at, user_id, course_id, completed, completed_at)
    select id, created_at, created_at, user_id, course_id, done,
           case when done then created_at + interval '40 days' * random() end
      from b_cu order by created_at`,
  );

  await step(
    'session_user (10M)',
    `
    insert into "session_user" (id, created_at, updated_at, course_user_id, session_id, completed, completed_at)
    select gen_random_uuid(), t.created_at, t.created_at, t.cu_id, t.session_id, t.done,
           case when t.done then t.created_at + interval '3 days' * random() end
      from (select cu.id as cu_id, bs.id as session_id, random() < 0.7 as done,
                   cu.created_at + interval '3 days' * (g.k - 1) * random() as created_at
              from b_cu cu cross join generate_series(1, ${DATA.sessionsStarted}) g(k)
              join b_session bs on bs.c = cu.c and bs.k = g.k) t order by t.created_at`,
  );

  await step(
    'therapy_session',
    `
    insert into therapy_session (id, created_at, updated_at, user_id, partner_access_id, action, booking_code,
                                 client_email, service_name, service_provider_name, service_provider_email,
                                 start_date_time, end_date_time, cancelled_at, completed_at)
    select gen_random_uuid(), b.created_at, b.created_at, b.user_id, b.access_id,
           case when b.fate < 0.15 then 'CANCELLED_BOOKING' when b.fate < 0.75 then 'COMPLETED_BOOKING' else 'NEW_BOOKING' end,
           'bench-' || b.access_id || '-' || b.n, 'client@example.com', 'Therapy', 'Therapist', 'therapist@example.com',
           b.created_at + interval '7 days', b.created_at + interval '7 days 1 hour',
           case when b.fate < 0.15 then b.created_at + interval '5 days' * random() end,
           case when b.fate >= 0.15 and b.fate < 0.75 then b.created_at + interval '7 days 1 hour' end
      from (select pa.id as access_id, pa.user_id, n, random() as fate,
                   pa.activated_at + interval '60 days' * random() as created_at
              from partner_access pa cross join generate_series(1, 2) n
             where pa.feature_therapy and pa.user_id is not null) b order by b.created_at`,
  );

  await client.query(`set session_replication_role = origin`);
  await step('indexes', indexes.rows.map((index) => `${index.definition};`).join('\n'));
  await step('vacuum analyze', 'vacuum analyze');
  // Marks the data set complete, so an interrupted generation is never reused.
  await client.query(`create table bench_complete (at timestamptz default now())`);
}
