-- Bank statements (ISO 20022 camt.053) imported to record payments; the suppliers' IBANs to recognise them.

alter table supplier add column iban varchar(34);
alter table supplier_aud add column iban varchar(34);
create index ix_supplier_iban on supplier (iban);

create table bank_statement (
    id             bigint       not null primary key,
    version        bigint       not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100) not null,
    partner_id     bigint       not null references partner (id),
    statement_ref  varchar(50),
    account_iban   varchar(34),
    account_owner  varchar(200),
    schema_version varchar(20)  not null,
    from_date      date,
    to_date        date,
    file_name      varchar(200) not null
);
create index ix_bank_statement_partner on bank_statement (partner_id, created_at);

create table bank_statement_aud (
    id             bigint not null,
    rev            bigint not null references revinfo (rev),
    revtype        smallint,
    version        bigint,
    created_at     timestamp with time zone,
    created_by     varchar(100),
    updated_at     timestamp with time zone,
    updated_by     varchar(100),
    partner_id     bigint,
    statement_ref  varchar(50),
    account_iban   varchar(34),
    account_owner  varchar(200),
    schema_version varchar(20),
    from_date      date,
    to_date        date,
    file_name      varchar(200),
    primary key (id, rev)
);

-- a payment recorded from a statement entry keeps the entry's key: the same entry is never recorded twice
alter table payment add column statement_id bigint references bank_statement (id);
alter table payment add column bank_key varchar(200);
alter table payment add constraint uk_payment_bank_key unique (bank_key);
create index ix_payment_statement on payment (statement_id);
alter table payment_aud add column statement_id bigint;
alter table payment_aud add column bank_key varchar(200);
