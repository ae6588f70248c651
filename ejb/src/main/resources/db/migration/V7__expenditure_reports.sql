-- Expenditure items (a paid cost declared on a budget line) and the partner reports that declare them per
-- reporting period, with the first level controller's verdict per item.

create table partner_report (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100) not null,
    partner_id    bigint       not null references partner (id),
    period_id     bigint       not null references reporting_period (id),
    status        varchar(20)  not null,
    submitted_on  date,
    certified_on  date,
    constraint uk_partner_report unique (partner_id, period_id)
);

create table partner_report_aud (
    id            bigint not null,
    rev           bigint not null references revinfo (rev),
    revtype       smallint,
    version       bigint,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    updated_at    timestamp with time zone,
    updated_by    varchar(100),
    partner_id    bigint,
    period_id     bigint,
    status        varchar(20),
    submitted_on  date,
    certified_on  date,
    primary key (id, rev)
);

create table expenditure_item (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    partner_id       bigint        not null references partner (id),
    budget_line_id   bigint        not null references budget_line (id),
    category         varchar(30)   not null,
    invoice_line_id  bigint references invoice_line (id),
    description      varchar(300)  not null,
    document_date    date          not null,
    paid_on          date          not null,
    period_id        bigint        not null references reporting_period (id),
    amount           numeric(14,2) not null,
    verdict          varchar(20),
    certified        numeric(14,2),
    verdict_reason   varchar(500),
    constraint uk_expenditure_invoice_line unique (invoice_line_id),
    constraint ck_expenditure_amount check (amount > 0),
    constraint ck_expenditure_certified check (certified is null or (certified >= 0 and certified <= amount))
);
create index ix_expenditure_partner_period on expenditure_item (partner_id, period_id);
create index ix_expenditure_budget_line on expenditure_item (budget_line_id);
create index ix_expenditure_paid_on on expenditure_item (paid_on);

create table expenditure_item_aud (
    id               bigint not null,
    rev              bigint not null references revinfo (rev),
    revtype          smallint,
    version          bigint,
    created_at       timestamp with time zone,
    created_by       varchar(100),
    updated_at       timestamp with time zone,
    updated_by       varchar(100),
    partner_id       bigint,
    budget_line_id   bigint,
    category         varchar(30),
    invoice_line_id  bigint,
    description      varchar(300),
    document_date    date,
    paid_on          date,
    period_id        bigint,
    amount           numeric(14,2),
    verdict          varchar(20),
    certified        numeric(14,2),
    verdict_reason   varchar(500),
    primary key (id, rev)
);
