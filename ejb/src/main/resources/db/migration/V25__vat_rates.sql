-- VAT rates per country as data, valid for a period: an invoice line takes a rate and computes its VAT (half up to
-- the cent, per line). Seeded with the rates in force during the project (2018-2020) and since when they apply:
--   Latvia: Pievienotās vērtības nodokļa likums (VAT Law, in force 2013-01-01), 41. pants: standard 21 % (since
--     2012-07-01), reduced 12 % (since 2011-01-01), reduced 5 % for fresh fruit, berries and vegetables (41. panta
--     piektā daļa, since 2018-01-01); 0 % for intra-Community supplies and exports (43. pants); reverse charge for
--     construction services, timber, scrap, mobile phones and computers (141.-143.2 pants).
--   Lithuania: Pridėtinės vertės mokesčio įstatymas (VAT Law, in force 2002-07-01), 19 straipsnis: standard 21 %
--     (since 2009-09-01), reduced 9 % (books, heating, accommodation) and 5 % (medicines, technical aids for the
--     disabled); 0 % for intra-Community supplies and exports (41, 49 straipsniai); reverse charge (95, 96 str.).
-- Earlier rates (LV 22 %, LT 19 %) are not seeded: no project cost falls before 2018. A change of the law is a new
-- row with valid_from and an end date on the old one, kept by the accountants.

create table vat_rate (
    id           bigint        not null primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    country      varchar(2)    not null,
    kind         varchar(20)   not null,
    rate_percent numeric(5,2)  not null,
    valid_from   date          not null,
    valid_until  date,
    legal_basis  varchar(200),
    constraint ck_vat_rate_percent check (rate_percent >= 0 and rate_percent < 100),
    constraint ck_vat_rate_validity check (valid_until is null or valid_until >= valid_from)
);
create index ix_vat_rate_country on vat_rate (country, valid_from);

create table vat_rate_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    country      varchar(2),
    kind         varchar(20),
    rate_percent numeric(5,2),
    valid_from   date,
    valid_until  date,
    legal_basis  varchar(200),
    primary key (id, rev)
);

alter table invoice_line add column vat_rate_id bigint references vat_rate (id);
alter table invoice_line_aud add column vat_rate_id bigint;
create index ix_invoice_line_vat_rate on invoice_line (vat_rate_id);

insert into vat_rate (id, version, created_at, created_by, updated_at, updated_by, country, kind, rate_percent, valid_from,
        legal_basis)
values
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'STANDARD',
        21.00, date '2012-07-01', 'Pievienotās vērtības nodokļa likums, 41. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'REDUCED',
        12.00, date '2011-01-01', 'Pievienotās vērtības nodokļa likums, 41. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'SUPER_REDUCED',
        5.00, date '2018-01-01', 'Pievienotās vērtības nodokļa likums, 41. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'ZERO',
        0.00, date '2013-01-01', 'Pievienotās vērtības nodokļa likums, 43. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'REVERSE_CHARGE',
        0.00, date '2013-01-01', 'Pievienotās vērtības nodokļa likums, 141.-143.2 pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'STANDARD',
        21.00, date '2009-09-01', 'Pridėtinės vertės mokesčio įstatymas, 19 straipsnis'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'REDUCED',
        9.00, date '2009-09-01', 'Pridėtinės vertės mokesčio įstatymas, 19 straipsnis'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'SUPER_REDUCED',
        5.00, date '2009-09-01', 'Pridėtinės vertės mokesčio įstatymas, 19 straipsnis'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'ZERO',
        0.00, date '2004-05-01', 'Pridėtinės vertės mokesčio įstatymas, 41 ir 49 straipsniai'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'REVERSE_CHARGE',
        0.00, date '2004-05-01', 'Pridėtinės vertės mokesčio įstatymas, 95 ir 96 straipsniai');
