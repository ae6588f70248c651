-- Invoices from suppliers with their lines, and the payments made on them.

create table invoice (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    partner_id   bigint       not null references partner (id),
    supplier_id  bigint       not null references supplier (id),
    contract_id  bigint references contract (id),
    number       varchar(50)  not null,
    issued_on    date         not null,
    due_on       date,
    constraint uk_invoice_number unique (supplier_id, number)
);
create index ix_invoice_partner on invoice (partner_id);
create index ix_invoice_contract on invoice (contract_id);

create table invoice_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    partner_id   bigint,
    supplier_id  bigint,
    contract_id  bigint,
    number       varchar(50),
    issued_on    date,
    due_on       date,
    primary key (id, rev)
);

create table invoice_line (
    id           bigint        not null primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    invoice_id   bigint        not null references invoice (id),
    line_no      integer       not null,
    description  varchar(300)  not null,
    quantity     numeric(12,3) not null,
    amount_net   numeric(14,2) not null,
    amount_vat   numeric(14,2) not null,
    constraint ck_invoice_line_amounts check (amount_net >= 0 and amount_vat >= 0 and quantity > 0)
);
create index ix_invoice_line_invoice on invoice_line (invoice_id);

create table invoice_line_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    invoice_id   bigint,
    line_no      integer,
    description  varchar(300),
    quantity     numeric(12,3),
    amount_net   numeric(14,2),
    amount_vat   numeric(14,2),
    primary key (id, rev)
);

create table payment (
    id           bigint        not null primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    invoice_id   bigint        not null references invoice (id),
    paid_on      date          not null,
    amount       numeric(14,2) not null,
    reference    varchar(100),
    constraint ck_payment_amount check (amount > 0)
);
create index ix_payment_invoice on payment (invoice_id);

create table payment_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    invoice_id   bigint,
    paid_on      date,
    amount       numeric(14,2),
    reference    varchar(100),
    primary key (id, rev)
);
