import type pg from 'pg';

/** An Auth emulator account the benchmark signs in as, and its row in the database. */
export interface BenchAccount {
  role: 'me' | 'admin' | 'complete';
  n: number;
  uid: string;
  email: string;
}

export const SMALL = { users: 1_000, courses: 10, sessionsPerCourse: 8, codes: 1_000, therapyUsers: 20 };
/** The unclaimed code validate-code is asked about; the Simplybook bookings' clients. */
export const VALID_CODE = 'V00001';
export const therapyEmail = (n: number) => `bench-therapy-${n}@example.org`;
/** storyblokId of session k (1..8) of course c (1..10): what session-user/complete is sent. */
export const sessionStoryblokId = (c: number, k: number) => 2000 + c * 10 + k;

/**
 * Fills a migrated, empty database with set-based SQL: 1,000 users, 10 courses of 8 sessions,
 * the /me user (every course started, half of each completed, 2 partner accesses), 20 users for
 * session-user/complete, 20 therapy clients with credit for endless bookings, 1,000 unclaimed
 * codes, and a super admin.
 */
export async function generateSmall(client: pg.Client, accounts: BenchAccount[]): Promise<void> {
  const sql = `
    create temp table b_account as select * from json_to_recordset($1::json) as a(role text, n int, uid text, email text);
    insert into course (id, name, slug, status, storyblok_id, storyblok_uuid)
    select gen_random_uuid(), 'Bench course ' || c, 'courses/bench-' || c, 'published', 1000 + c, 'bench-course-' || c
      from generate_series(1, ${SMALL.courses}) c;
    insert into session (id, name, slug, status, storyblok_id, storyblok_uuid, course_id, created_at)
    select gen_random_uuid(), 'Bench session ' || c || '.' || k, 'sessions/bench-' || c || '-' || k, 'published',
           2000 + c * 10 + k, 'bench-session-' || c || '-' || k, co.id, timestamptz '2026-01-01' + k * interval '1 day'
      from course co cross join lateral (select (co.storyblok_id - 1000)::int as c) x
     cross join generate_series(1, ${SMALL.sessionsPerCourse}) k;
    insert into partner (id, name) select gen_random_uuid(), 'Bench Partner ' || p from generate_series(1, 2) p;
    insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id, is_super_admin)
    select gen_random_uuid(), uid, 'Bench ' || role || ' ' || n, email,
           case when role = 'me' then 'PARTNER_USER_WITH_CODE' else 'PUBLIC_USER' end, gen_random_uuid(), role = 'admin'
      from b_account;
    insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id, created_at)
    select gen_random_uuid(), 'bench-bg-' || i, 'Bench user ' || i,
           case when i <= ${SMALL.therapyUsers} then 'bench-therapy-' || i || '@example.org'
                else 'bench-bg-' || i || '@example.org' end,
           'PUBLIC_USER', gen_random_uuid(), now() - i * interval '1 hour'
      from generate_series(1, ${SMALL.users} - (select count(*) from b_account)) i;
    -- Everyone but the named accounts has started two courses, four sessions each.
    insert into course_user (id, user_id, course_id)
    select gen_random_uuid(), u.id, co.id from "user" u
      join course co on co.storyblok_id in (1001 + abs(hashtext(u.firebase_uid)) % 10, 1001 + (abs(hashtext(u.firebase_uid)) + 3) % 10)
     where u.firebase_uid like 'bench-bg-%';
    insert into course_user (id, user_id, course_id)
    select gen_random_uuid(), u.id, co.id from "user" u join b_account a on a.uid = u.firebase_uid and a.role = 'me'
     cross join course co;
    insert into "session_user" (id, course_user_id, session_id, completed, completed_at)
    select gen_random_uuid(), cu.id, s.id, s.storyblok_id % 10 <= 4, case when s.storyblok_id % 10 <= 4 then now() end
      from course_user cu join session s on s.course_id = cu.course_id
      join "user" u on u.id = cu.user_id
     where s.storyblok_id % 10 <= case when u.firebase_uid like 'bench-bg-%' then 4 else 8 end;
    -- The /me user's two accesses (one with therapy), the unclaimed codes, the therapy clients' credit.
    insert into partner_access (id, user_id, partner_id, access_code, activated_at, feature_live_chat, feature_therapy,
                                therapy_sessions_remaining)
    select gen_random_uuid(), u.id, p.id, 'BME00' || right(p.name, 1), now(), true, p.name like '%1', 6
      from "user" u join b_account a on a.uid = u.firebase_uid and a.role = 'me' cross join partner p;
    insert into partner_access (id, partner_id, access_code, feature_live_chat, feature_therapy)
    select gen_random_uuid(), (select id from partner order by name limit 1), 'V' || lpad(i::text, 5, '0'), true, false
      from generate_series(1, ${SMALL.codes}) i;
    insert into partner_access (id, user_id, partner_id, activated_at, feature_live_chat, feature_therapy,
                                therapy_sessions_remaining)
    select gen_random_uuid(), u.id, (select id from partner order by name limit 1), now(), true, true, 100000000
      from "user" u where u.email like 'bench-therapy-%';`;
  await client.query(sql.replace('$1', `'${JSON.stringify(accounts).replace(/'/g, "''")}'`));
  await client.query('vacuum analyze');
}

/** Fixed ids of the benchmark's own rows in the 1M-user reports database (kept between runs). */
const LARGE_ME = 'b0000000-0000-4000-8000-000000000001';
const LARGE_ADMIN = 'b0000000-0000-4000-8000-000000000002';

/**
 * Adds (once) the /me user, shaped as in the small data set, and a super admin to the reports
 * data set, and points them at this run's emulator accounts. Two rows among a million users.
 */
export async function joinLarge(client: pg.Client, me: BenchAccount, admin: BenchAccount): Promise<void> {
  await client.query(
    `insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id, is_super_admin)
     values ($1, $3, 'Bench me', 'bloom-bench-me@example.org', 'PARTNER_USER_WITH_CODE', gen_random_uuid(), false),
            ($2, $4, 'Bench admin', 'bloom-bench-admin@example.org', 'PUBLIC_USER', gen_random_uuid(), true)
     on conflict (id) do update set firebase_uid = excluded.firebase_uid`,
    [LARGE_ME, LARGE_ADMIN, me.uid, admin.uid],
  );
  await client.query(
    `insert into course_user (id, user_id, course_id)
     select gen_random_uuid(), $1, id from course order by storyblok_id limit 10 on conflict do nothing;
     insert into "session_user" (id, course_user_id, session_id, completed, completed_at)
     select gen_random_uuid(), cu.id, s.id, s.storyblok_id % 10 <= 4, case when s.storyblok_id % 10 <= 4 then now() end
       from course_user cu join session s on s.course_id = cu.course_id where cu.user_id = $1
     on conflict do nothing;
     insert into partner_access (id, user_id, partner_id, activated_at, feature_live_chat, feature_therapy,
                                 therapy_sessions_remaining)
     select gen_random_uuid(), $1, p.id, now(), true, p.name = 'Partner 01', 6 from partner p
      where p.name in ('Partner 01', 'Partner 02')
        and not exists (select 1 from partner_access where user_id = $1)`.replace(/\$1/g, `'${LARGE_ME}'`),
  );
}
