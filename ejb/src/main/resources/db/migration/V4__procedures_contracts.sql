-- Procurement procedures (how a supplier was chosen) and contracts with suppliers.

create table procurement_procedure (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    partner_id       bigint        not null references partner (id),
    reference        varchar(50)   not null,
    subject          varchar(500)  not null,
    contract_type    varchar(20)   not null,
    procedure_type   varchar(30)   not null,
    estimated_value  numeric(14,2),
    status           varchar(20)   not null,
    announced_on     date,
    decided_on       date,
    winner_id        bigint references supplier (id),
    constraint uk_procedure_reference unique (partner_id, reference),
    constraint ck_procedure_value check (estimated_value >= 0),
    constraint ck_procedure_awarded check (status <> 'AWARDED' or winner_id is not null)
);
create index ix_procedure_winner on procurement_procedure (winner_id);

create table procurement_procedure_aud (
    id               bigint not null,
    rev              bigint not null references revinfo (rev),
    revtype          smallint,
    version          bigint,
    created_at       timestamp with time zone,
    created_by       varchar(100),
    updated_at       timestamp with time zone,
    updated_by       varchar(100),
    partner_id       bigint,
    reference        varchar(50),
    subject          varchar(500),
    contract_type    varchar(20),
    procedure_type   varchar(30),
    estimated_value  numeric(14,2),
    status           varchar(20),
    announced_on     date,
    decided_on       date,
    winner_id        bigint,
    primary key (id, rev)
);

create table contract (
    id            bigint        not null primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100)  not null,
    partner_id    bigint        not null references partner (id),
    supplier_id   bigint        not null references supplier (id),
    procedure_id  bigint references procurement_procedure (id),
    number        varchar(50)   not null,
    subject       varchar(500)  not null,
    signed_on     date          not null,
    valid_until   date,
    amount_net    numeric(14,2) not null,
    amount_vat    numeric(14,2) not null,
    constraint uk_contract_number unique (partner_id, number),
    constraint ck_contract_amounts check (amount_net >= 0 and amount_vat >= 0)
);
create index ix_contract_supplier on contract (supplier_id);
create index ix_contract_procedure on contract (procedure_id);

create table contract_aud (
    id            bigint not null,
    rev           bigint not null references revinfo (rev),
    revtype       smallint,
    version       bigint,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    updated_at    timestamp with time zone,
    updated_by    varchar(100),
    partner_id    bigint,
    supplier_id   bigint,
    procedure_id  bigint,
    number        varchar(50),
    subject       varchar(500),
    signed_on     date,
    valid_until   date,
    amount_net    numeric(14,2),
    amount_vat    numeric(14,2),
    primary key (id, rev)
);
