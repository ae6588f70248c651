-- Amendments of a contract: numbered, dated, with the reason and the contract's value and term after them.

create table contract_amendment (
    id           bigint        not null primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    contract_id  bigint        not null references contract (id),
    number       integer       not null,
    signed_on    date          not null,
    reason       varchar(500)  not null,
    amount_net   numeric(14,2) not null,
    amount_vat   numeric(14,2) not null,
    valid_until  date,
    constraint uk_contract_amendment unique (contract_id, number),
    constraint ck_contract_amendment_amounts check (amount_net >= 0 and amount_vat >= 0)
);

create table contract_amendment_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    contract_id  bigint,
    number       integer,
    signed_on    date,
    reason       varchar(500),
    amount_net   numeric(14,2),
    amount_vat   numeric(14,2),
    valid_until  date,
    primary key (id, rev)
);
