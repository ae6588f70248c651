-- Copies of the demo users for the load test: <user>.1 … <user>.9 with the same password, partner, language and
-- roles (coordinator.1, staff.lt.3, …): 50 concurrent users log in under names of their own, as 50 people do (logins
-- of one user at the same moment take turns on the user's row: they would measure that wait, not the screens).
-- Idempotent; safe while the server runs (ids by nextval: Hibernate's pooled ids never reach them).
--   psql -h 127.0.0.1 -U postgres -d openup_load -f ear/src/load/sql/load-users.sql
\set ON_ERROR_STOP on
insert into app_user (id, version, created_at, created_by, updated_at, updated_by, username, full_name, email,
        password_hash, active, partner_id, language, last_login_at, failed_logins, locked_until,
        password_change_required, totp_secret, totp_enrolled_at, totp_last_step)
select nextval('openup_seq'), 0, current_timestamp, 'load', current_timestamp, 'load', u.username || '.' || k,
       u.full_name || ' (load ' || k || ')', null, u.password_hash, true, u.partner_id, u.language, null, 0, null,
       false, null, null, 0
from app_user u, generate_series(1, 9) k
where u.username in ('coordinator', 'staff', 'staff.lt', 'accountant', 'accountant.lt', 'auditor')
  and not exists (select 1 from app_user c where c.username = u.username || '.' || k);
insert into app_user_role (user_id, role_name)
select c.id, r.role_name
from app_user c join app_user u on c.username like u.username || '.%' and c.created_by = 'load'
     and c.username ~ ('^' || replace(u.username, '.', '\.') || '\.[1-9]$')
     join app_user_role r on r.user_id = u.id
where not exists (select 1 from app_user_role x where x.user_id = c.id and x.role_name = r.role_name);
select count(*) as load_users from app_user where created_by = 'load';
