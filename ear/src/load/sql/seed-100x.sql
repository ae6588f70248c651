-- Seeds 100× the demo into a PostgreSQL database that the application created (Flyway migrations run, demo loaded):
-- 100 projects with 3 partners each (the demo's municipalities among them), their reporting periods and budget
-- lines, 2,000 shared suppliers, 100,000 invoices with 4 lines each and a payment, 500,000 expenditure items
-- (400,000 declared from the invoice lines, 100,000 staff and travel costs), 50,000 assets, 5,000 events (children's
-- sessions, seminars with registrations and attendance), and one partner report of ~50,000 items: OPEN UP, Ludza,
-- reporting period 3. Then the load test's users (load-users.sql), the hook after-seed.sql (summary tables) and ANALYZE.
--
--   psql -h 127.0.0.1 -U postgres -d openup_load_100x -v scale=1 -f ear/src/load/sql/seed-100x.sql
--
-- scale multiplies every count but the projects (scale=0.1 gives 10,000 invoices, 50,000 items, 5,000 report items).
-- Where the rows go: the demo project OPEN UP holds 40 % of the invoices and items (its big report 10 %, the other
-- periods 2–4 of its three partners 30 %), the 100 seeded projects the other 60 %; events 40 % OPEN UP.
-- Run it with the server STOPPED (Hibernate keeps a pool of ids of openup_seq; the sequence is advanced at the end).
-- Audit tables (_aud, revinfo) are not filled for seeded rows. Not idempotent: it refuses a database already seeded.
\set ON_ERROR_STOP on
\if :{?scale}
\else
    \set scale 1
\endif
\timing on

set synchronous_commit = off;
set work_mem = '64MB';

do $$ begin
    if exists (select 1 from project where code = 'LOAD-001') then
        raise exception 'this database is already seeded (project LOAD-001 exists)';
    end if;
    if not exists (select 1 from project where code = 'LLI-263') then
        raise exception 'no demo project LLI-263: start the application once on this database (OPENUP_DEMO / -Dopenup.demo=true)';
    end if;
end $$;

-- ids: one number after another above every id Hibernate may have handed out (its pooled optimizer uses
-- nextval-49 .. nextval), advanced past the last seeded id at the end
create temp sequence seed_id;
select setval('seed_id', (select last_value + 1000 from openup_seq));

create temp table seed_param as
select :scale::numeric as scale,
       greatest(1, round(100000 * :scale::numeric))::int as invoices,
       greatest(1, round(50000 * :scale::numeric))::int as assets,
       greatest(1, round(5000 * :scale::numeric))::int as events,
       2000 as suppliers,
       timestamptz '2024-01-01 12:00:00+00' as stamp;

-- the organisations: the demo's three (so that their users see the projects they take part in) and 30 more
create temp table seed_org (n int primary key, short_name varchar(60), legal_name varchar(300), country varchar(2));
insert into seed_org values
    (1, 'Ludza', 'Ludzas novada pašvaldība', 'LV'),
    (2, 'Rokiškis', 'Rokiškio rajono savivaldybės biblioteka', 'LT'),
    (3, 'Jēkabpils', 'Jēkabpils pilsētas dome', 'LV');
insert into seed_org
select 3 + o.i, o.name,
       case when o.i <= 20 then o.name || ' novada pašvaldība' else o.name || ' rajono savivaldybė' end,
       case when o.i <= 20 then 'LV' else 'LT' end
from unnest(array['Rēzekne', 'Daugavpils', 'Preiļi', 'Krāslava', 'Balvi', 'Madona', 'Gulbene', 'Alūksne',
        'Valmiera', 'Cēsis', 'Sigulda', 'Ogre', 'Bauska', 'Jelgava', 'Tukums', 'Talsi', 'Kuldīga', 'Liepāja',
        'Ventspils', 'Dobele', 'Utena', 'Zarasai', 'Ignalina', 'Anykščiai', 'Biržai', 'Panevėžys', 'Kupiškis',
        'Molėtai', 'Visaginas', 'Pasvalys']) with ordinality as o(name, i);

-- 100 projects of 24–36 months starting 2016–2022
insert into project (id, version, created_at, created_by, updated_at, updated_by, code, acronym, name_lv, name_lt,
        name_en, programme_lv, programme_lt, programme_en, start_date, end_date, status, office_flat_rate,
        budget_flexibility)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', 'LOAD-' || lpad(p::text, 3, '0'), 'LOAD ' || p,
       'Slodzes projekts ' || p, 'Apkrovos projektas ' || p, 'Load project ' || p,
       demo.programme_lv, demo.programme_lt, demo.programme_en,
       s, (s + make_interval(months => 24 + p % 13) - interval '1 day')::date,
       case when (s + make_interval(months => 24 + p % 13))::date < current_date then 'CLOSED' else 'ACTIVE' end,
       0.1500, 0.2000
from seed_param, (select * from project where code = 'LLI-263') demo, generate_series(1, 100) p,
     lateral (select (date '2016-01-01' + make_interval(months => (p * 7) % 84))::date as s) d;

-- three partners each; Ludza in every 4th project (as lead), Rokiškis in every 5th, Jēkabpils in every 6th
insert into partner (id, version, created_at, created_by, updated_at, updated_by, project_id, role, legal_name,
        short_name, country, budget, erdf_rate, registration_no, vat_no, address, contact_person, vat_recoverable)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', pr.id,
       case when r = 1 then 'LEAD_PARTNER' else 'PARTNER' end, o.legal_name, o.short_name, o.country, 0, 0.8500,
       null, null, o.short_name || ', ' || case o.country when 'LV' then 'Latvija' else 'Lietuva' end,
       'Kontaktpersona ' || o.n, false
from seed_param, project pr, generate_series(1, 3) r,
     lateral (select cast(substr(pr.code, 6) as int) as p) pn,
     lateral (select case
                 when r = 1 and p % 4 = 0 then 1
                 when r = 1 then 4 + p % 30
                 when r = 2 and p % 5 = 0 then 2
                 when r = 2 then 4 + (p * 7) % 30
                 when p % 6 = 0 then 3
                 else 4 + (p * 11 + 5) % 30 end as org) w
     join seed_org o on o.n = w.org
where pr.code like 'LOAD-%';

-- half-year reporting periods
insert into reporting_period (id, version, created_at, created_by, updated_at, updated_by, project_id, number,
        start_date, end_date)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', pr.id, k,
       (pr.start_date + make_interval(months => 6 * (k - 1)))::date,
       least((pr.start_date + make_interval(months => 6 * k) - interval '1 day')::date, pr.end_date)
from seed_param, project pr,
     generate_series(1, 7) k
where pr.code like 'LOAD-%' and pr.start_date + make_interval(months => 6 * (k - 1)) <= pr.end_date;

-- the budget lines (planned from the seeded spending, below)
insert into budget_line (id, version, created_at, created_by, updated_at, updated_by, partner_id, category, planned)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', pa.id, c, 0
from seed_param, partner pa join project pr on pr.id = pa.project_id,
     unnest(array['STAFF', 'TRAVEL_ACCOMMODATION', 'EXTERNAL_EXPERTISE', 'EQUIPMENT', 'INFRASTRUCTURE_WORKS']) c
where pr.code like 'LOAD-%';

-- two rooms per seeded partner (the demo's partners have theirs)
insert into asset_location (id, version, created_at, created_by, updated_at, updated_by, partner_id, name)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', pa.id, room
from seed_param, partner pa join project pr on pr.id = pa.project_id,
     unnest(array['Bibliotēka', 'Bērnu nodaļa']) room
where pr.code like 'LOAD-%';

insert into output_indicator (id, version, created_at, created_by, updated_at, updated_by, project_id, measure, target)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', pr.id, m.measure, m.target
from seed_param, project pr, (values ('CHILDREN_PRESENT', 1000), ('SPECIALISTS_TRAINED', 30)) m(measure, target)
where pr.code like 'LOAD-%';

-- 2,000 suppliers shared by all projects
insert into supplier (id, version, created_at, created_by, updated_at, updated_by, name, registration_number,
        vat_number, country, address, contact_person, email, phone)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed',
       case when s % 2 = 0 then 'SIA "' else 'UAB "' end
           || (array['Datortehnika', 'Mēbeles', 'Būvnieks', 'Konsultanti', 'Ceļojumi', 'Drukātava', 'Ēdināšana',
                     'Tehnika', 'Apgāds', 'Remontas'])[1 + s % 10] || ' ' || s || '"',
       'L' || lpad(s::text, 9, '0'), null, case when s % 2 = 0 then 'LV' else 'LT' end,
       'Iela ' || s, 'Kontaktpersona ' || s, 'supplier' || s || '@example.org', '+371 2000' || lpad(s::text, 4, '0')
from seed_param, generate_series(1, suppliers) s;
create temp table seed_supplier as
select row_number() over (order by id) as n, id, name from supplier where created_by = 'seed';
create unique index on seed_supplier (n);

-- where the invoices go: (partner, period) slots with their number of invoices
create temp table seed_slot as
with demo as (
    select pa.id as partner_id, pa.short_name, rp.id as period_id, rp.number, rp.start_date, rp.end_date
    from project pr join partner pa on pa.project_id = pr.id join reporting_period rp on rp.project_id = pr.id
    where pr.code = 'LLI-263' and rp.number between 2 and 4
), seeded as (
    select pa.id as partner_id, rp.id as period_id, rp.start_date, rp.end_date, 0.5 + random() as weight
    from project pr join partner pa on pa.project_id = pr.id join reporting_period rp on rp.project_id = pr.id
    where pr.code like 'LOAD-%'
)
select partner_id, period_id, start_date, end_date,
       case when short_name = 'Ludza' and number = 3 then round(0.10 * invoices) else round(0.30 * invoices / 8) end::int as cnt,
       short_name = 'Ludza' and number = 3 as big
from demo, seed_param
union all
select partner_id, period_id, start_date, end_date, floor(0.60 * invoices * weight / sum(weight) over ())::int, false
from seeded, seed_param;
alter table seed_slot add column lo bigint;
update seed_slot s set lo = c.lo from (
    select period_id, partner_id, sum(cnt) over (order by big desc, partner_id, period_id) - cnt as lo from seed_slot
) c where c.period_id = s.period_id and c.partner_id = s.partner_id;

-- the invoices (a supplier drawn with a skew: a few big suppliers, many small ones)
create temp table seed_invoice as
select nextval('seed_id') as id, i as n, s.partner_id, s.period_id, s.end_date as period_end,
       s.start_date + floor(random() * (s.end_date - s.start_date + 1))::int as issued_on,
       1 + floor((select suppliers from seed_param) * power(random(), 2))::int as supplier_n
from seed_slot s, generate_series(s.lo, s.lo + s.cnt - 1) i;

insert into invoice (id, version, created_at, created_by, updated_at, updated_by, partner_id, project_id,
        supplier_id, contract_id, number, issued_on, due_on)
select i.id, 0, stamp, 'seed', stamp, 'seed', i.partner_id, (select p.project_id from partner p where p.id = i.partner_id),
       su.id, null,
       'S-' || extract(year from i.issued_on) || '/' || lpad(i.n::text, 6, '0'), i.issued_on, i.issued_on + 30
from seed_param, seed_invoice i join seed_supplier su on su.n = i.supplier_n;

-- four lines each: expertise, equipment, works
create temp table seed_line as
select nextval('seed_id') as id, i.id as invoice_id, i.partner_id, i.period_id, i.period_end, i.issued_on,
       i.n, k as line_no, su.name as supplier_name,
       case when (i.n + k) % 10 < 4 then 'EXTERNAL_EXPERTISE' when (i.n + k) % 10 < 8 then 'EQUIPMENT'
            else 'INFRASTRUCTURE_WORKS' end as category,
       round((10 + power(random(), 3) * 4990)::numeric, 2) as net,
       1 + floor(random() * 10)::int as quantity
from seed_invoice i join seed_supplier su on su.n = i.supplier_n, generate_series(1, 4) k;

insert into invoice_line (id, version, created_at, created_by, updated_at, updated_by, invoice_id, line_no,
        description, quantity, amount_net, amount_vat)
select l.id, 0, stamp, 'seed', stamp, 'seed', l.invoice_id, l.line_no,
       case l.category
           when 'EXTERNAL_EXPERTISE' then (array['Konsultācijas', 'Tulkošana', 'Semināra vadīšana', 'Dizains',
                   'Audits'])[1 + (l.n % 5)]
           when 'EQUIPMENT' then (array['Portatīvais dators', 'Projektors', 'Interaktīvā tāfele', 'Galds',
                   'Krēsli', 'Planšetdators'])[1 + (l.n % 6)]
           else (array['Grīdas remonts', 'Logu nomaiņa', 'Elektroinstalācija', 'Krāsošana'])[1 + (l.n % 4)]
       end || ' (seed)', l.quantity, l.net, round(l.net * 0.21, 2)
from seed_param, seed_line l;

-- one payment per invoice, the lines' gross amount
insert into payment (id, version, created_at, created_by, updated_at, updated_by, invoice_id, paid_on, amount,
        reference)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', l.invoice_id,
       least(min(l.issued_on) + 20, min(l.period_end)), sum(l.net + round(l.net * 0.21, 2)),
       'MU-' || l.invoice_id
from seed_param, seed_line l group by stamp, l.invoice_id;

-- expenditure: every invoice line declared (gross: the partners do not recover VAT) ...
insert into expenditure_item (id, version, created_at, created_by, updated_at, updated_by, partner_id,
        project_id, budget_line_id, category, invoice_line_id, description, document_date, paid_on, period_id, amount)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', l.partner_id,
       (select p.project_id from partner p where p.id = l.partner_id), bl.id, l.category, l.id,
       l.supplier_name || ', S-' || extract(year from l.issued_on) || '/' || lpad(l.n::text, 6, '0') || ': line '
           || l.line_no, l.issued_on, least(l.issued_on + 20, l.period_end), l.period_id,
       l.net + round(l.net * 0.21, 2)
from seed_param, seed_line l join budget_line bl on bl.partner_id = l.partner_id and bl.category = l.category;

-- ... and one staff or travel cost per invoice, in the same partner and period
insert into expenditure_item (id, version, created_at, created_by, updated_at, updated_by, partner_id,
        project_id, budget_line_id, category, invoice_line_id, description, document_date, paid_on, period_id, amount)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', i.partner_id,
       (select p.project_id from partner p where p.id = i.partner_id), bl.id, c.category, null,
       case c.category when 'STAFF' then 'Darba samaksa ' || to_char(d.day, 'YYYY-MM') || ', darbinieks ' || (i.n % 40)
            else 'Komandējuma izdevumi ' || i.n end || ' (seed)',
       d.day, d.day, i.period_id,
       case c.category when 'STAFF' then round((800 + random() * 2200)::numeric, 2)
            else round((20 + random() * 580)::numeric, 2) end
from seed_param, seed_invoice i
     cross join lateral (select case when i.n % 10 < 7 then 'STAFF' else 'TRAVEL_ACCOMMODATION' end as category) c
     cross join lateral (select least(i.issued_on + (i.n % 17)::int, i.period_end) as day) d
     join budget_line bl on bl.partner_id = i.partner_id and bl.category = c.category;

-- the big partner report (submitted, not yet checked) and a submitted report for the seeded partners' first period
insert into partner_report (id, version, created_at, created_by, updated_at, updated_by, partner_id, period_id,
        status, submitted_on, certified_on)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', s.partner_id, s.period_id, 'SUBMITTED',
       s.end_date + 20, null
from seed_param, seed_slot s join reporting_period rp on rp.id = s.period_id
where (s.big or rp.number = 1)
  and not exists (select 1 from partner_report r where r.partner_id = s.partner_id and r.period_id = s.period_id);

-- assets: bought with equipment lines, in the partner's rooms
create temp table seed_location as
select partner_id, array_agg(id order by id) as ids from asset_location group by partner_id;
insert into asset (id, version, created_at, created_by, updated_at, updated_by, inventory_number, name,
        manufacturer, model, serial_number, partner_id, project_id, location_id, custodian, acquired_on, amount_net,
        amount_vat, warranty_until, invoice_line_id, budget_line_id, status, lent_to, due_on, keep_until,
        category_id)
select a.id, 0, stamp, 'seed', stamp, 'seed', 'SEED-' || lpad(a.k::text, 7, '0'),
       (array['Portatīvais dators', 'Projektors', 'Interaktīvā tāfele', 'Galds', 'Krēsls',
              'Planšetdators'])[1 + a.k % 6] || ' ' || a.k,
       (array['Demo Computers', 'Demo Vision', 'Demo Boards', 'Demo Furniture'])[1 + a.k % 4],
       'Model ' || (a.k % 25), 'SN-' || lpad(a.k::text, 8, '0'), a.partner_id, pa.project_id,
       loc.ids[1 + a.k % array_length(loc.ids, 1)], 'Atbildīgais ' || (a.k % 50), a.issued_on,
       round(a.net / a.quantity, 2), round(a.net / a.quantity * 0.21, 2), a.issued_on + 730, a.line_id, a.budget_line_id,
       case when a.k % 50 = 0 then 'IN_REPAIR' when a.k % 97 = 0 then 'LOST' else 'IN_USE' end,
       null, null, (pr.end_date + interval '5 years')::date, cat.ids[1 + a.k % array_length(cat.ids, 1)]
from seed_param,
     (select nextval('seed_id') as id, row_number() over (order by md5(l.id::text)) as k, l.id as line_id,
             l.partner_id, l.issued_on, l.net, l.quantity, bl.id as budget_line_id
      from seed_line l join budget_line bl on bl.partner_id = l.partner_id and bl.category = 'EQUIPMENT'
      where l.category = 'EQUIPMENT'
      order by md5(l.id::text) limit (select assets from seed_param)) a
     join seed_location loc on loc.partner_id = a.partner_id
     join partner pa on pa.id = a.partner_id join project pr on pr.id = pa.project_id,
     (select array_agg(id order by id) as ids from asset_category) cat;

-- events: 40 % OPEN UP, the rest over the seeded projects; one day each; mostly children's lessons
create temp table seed_event as
select nextval('seed_id') as id, e, pr.id as project_id, pa.id as partner_id, pa.short_name,
       pr.start_date + floor(random() * (pr.end_date - pr.start_date + 1))::int as day,
       case when e % 20 < 12 then 'LESSON' when e % 20 < 16 then 'OPEN_LESSON' when e % 20 = 16 then 'VIDEO_CLASS'
            when e % 20 < 19 then 'SEMINAR' else 'WORKING_GROUP' end as type
from seed_param, generate_series(1, events) e
     join project pr on pr.code = case when e % 5 < 2 then 'LLI-263' else 'LOAD-' || lpad((1 + e % 100)::text, 3, '0') end
     cross join lateral (select p.* from partner p where p.project_id = pr.id order by p.id
                         offset (e / 5) % 3 limit 1) pa;

insert into event (id, version, created_at, created_by, updated_at, updated_by, project_id, partner_id, title, type,
        target_group, venue, start_date, end_date, capacity, registration_opens, registration_closes, series_key)
select e.id, 0, stamp, 'seed', stamp, 'seed', e.project_id, e.partner_id,
       case e.type when 'LESSON' then 'Nodarbība bērniem ' || e.e when 'OPEN_LESSON' then 'Atvērtā nodarbība ' || e.e
            when 'VIDEO_CLASS' then 'Video nodarbība ' || e.e when 'SEMINAR' then 'Seminārs speciālistiem ' || e.e
            else 'Darba grupa ' || e.e end,
       e.type, case when e.type in ('SEMINAR', 'WORKING_GROUP') then 'SPECIALISTS' else 'CHILDREN' end,
       e.short_name || ', bibliotēka', e.day, e.day,
       case when e.type in ('SEMINAR', 'WORKING_GROUP') then 40 end, null,
       case when e.type = 'SEMINAR' then e.day - 3 end, null
from seed_param, seed_event e;

insert into event_children_session (id, version, created_at, created_by, updated_at, updated_by, event_id,
        event_day, present, first_time, vulnerable, age_up_to_9, age_10_to_13, age_14_to_18)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', e.id, e.day, c.present, c.present / 4, c.present / 3,
       c.present / 2, c.present - c.present / 2 - c.present / 5, c.present / 5
from seed_param, seed_event e cross join lateral (select 8 + (e.e * 7) % 23 as present) c
where e.type not in ('SEMINAR', 'WORKING_GROUP');

create temp table seed_registration as
select nextval('seed_id') as id, e.id as event_id, e.day, r
from seed_event e, generate_series(1, 8) r
where e.type in ('SEMINAR', 'WORKING_GROUP');
insert into event_registration (id, version, created_at, created_by, updated_at, updated_by, event_id, full_name,
        organisation, partner_id, email, phone, consent, consent_date, status, registered_at)
select g.id, 0, stamp, 'seed', stamp, 'seed', g.event_id, 'Dalībnieks ' || g.id, 'Skola ' || (g.id % 97), null,
       null, null, true, g.day - 10, 'CONFIRMED', (g.day - 10)::timestamp with time zone
from seed_param, seed_registration g;
insert into event_attendance (id, version, created_at, created_by, updated_at, updated_by, registration_id, event_day)
select nextval('seed_id'), 0, stamp, 'seed', stamp, 'seed', g.id, g.day
from seed_param, seed_registration g where g.r <= 7;

-- the seeded partners' budgets: what they spent and 10 % more, per category; the partner's budget their sum
update budget_line bl set planned = s.planned
from (select budget_line_id, round(sum(amount) * 1.1, 2) as planned from expenditure_item
      where created_by = 'seed' group by budget_line_id) s
where s.budget_line_id = bl.id and bl.created_by = 'seed';
update partner pa set budget = s.budget
from (select partner_id, sum(planned) as budget from budget_line group by partner_id) s
where s.partner_id = pa.id and pa.created_by = 'seed';

-- Hibernate's next pool of ids (nextval-49 .. nextval) must start above every seeded id
select setval('openup_seq', (select last_value + 100 from seed_id), false);

\ir load-users.sql

\echo 'after-seed hook (summary tables)'
\ir after-seed.sql

analyze;

select 'projects' as what, count(*) from project
union all select 'partners', count(*) from partner
union all select 'suppliers', count(*) from supplier
union all select 'invoices', count(*) from invoice
union all select 'invoice lines', count(*) from invoice_line
union all select 'expenditure items', count(*) from expenditure_item
union all select 'assets', count(*) from asset
union all select 'events', count(*) from event;
select pa.short_name || ', period ' || rp.number as biggest_report, r.partner_id, r.period_id, count(*) as items
from partner_report r join partner pa on pa.id = r.partner_id join reporting_period rp on rp.id = r.period_id
     join expenditure_item i on i.partner_id = r.partner_id and i.period_id = r.period_id
group by 1, 2, 3 order by count(*) desc limit 1;
