-- Procurement thresholds per country and contract type, valid for a period: from which contract value (without
-- VAT) a procedure of which kind is required. Seeded for Latvia's Public Procurement Law (in force 2017-03-01).

create table procurement_threshold (
    id                  bigint        not null primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100)  not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(100)  not null,
    country             varchar(2)    not null,
    contract_type       varchar(20)   not null,
    required_procedure  varchar(30)   not null,
    amount              numeric(14,2) not null,
    valid_from          date          not null,
    valid_until         date,
    legal_basis         varchar(200),
    constraint ck_threshold_amount check (amount > 0),
    constraint ck_threshold_validity check (valid_until is null or valid_until >= valid_from)
);

create table procurement_threshold_aud (
    id                  bigint not null,
    rev                 bigint not null references revinfo (rev),
    revtype             smallint,
    version             bigint,
    created_at          timestamp with time zone,
    created_by          varchar(100),
    updated_at          timestamp with time zone,
    updated_by          varchar(100),
    country             varchar(2),
    contract_type       varchar(20),
    required_procedure  varchar(30),
    amount              numeric(14,2),
    valid_from          date,
    valid_until         date,
    legal_basis         varchar(200),
    primary key (id, rev)
);

insert into procurement_threshold (id, version, created_at, created_by, updated_at, updated_by, country, contract_type,
        required_procedure, amount, valid_from, legal_basis)
values
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'SUPPLIES',
        'SMALL_PROCUREMENT', 10000.00, date '2017-03-01', 'Publisko iepirkumu likums, 9. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'SERVICES',
        'SMALL_PROCUREMENT', 10000.00, date '2017-03-01', 'Publisko iepirkumu likums, 9. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'WORKS',
        'SMALL_PROCUREMENT', 20000.00, date '2017-03-01', 'Publisko iepirkumu likums, 9. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'SUPPLIES',
        'OPEN_COMPETITION', 42000.00, date '2017-03-01', 'Publisko iepirkumu likums, 8. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'SERVICES',
        'OPEN_COMPETITION', 42000.00, date '2017-03-01', 'Publisko iepirkumu likums, 8. pants'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LV', 'WORKS',
        'OPEN_COMPETITION', 170000.00, date '2017-03-01', 'Publisko iepirkumu likums, 8. pants');
