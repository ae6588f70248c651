-- Budget: each partner's planned costs by Interreg cost category. Office and administration is not stored:
-- it is a flat rate of staff costs (project.office_flat_rate), computed.

alter table project add column office_flat_rate numeric(5,4) default 0.1500 not null;
alter table project_aud add column office_flat_rate numeric(5,4);

create table budget_line (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100)  not null,
    partner_id  bigint        not null references partner (id),
    category    varchar(30)   not null,
    planned     numeric(14,2) not null,
    constraint uk_budget_line unique (partner_id, category),
    constraint ck_budget_line_planned check (planned >= 0),
    constraint ck_budget_line_category check (category <> 'OFFICE_ADMINISTRATION')
);

create table budget_line_aud (
    id          bigint not null,
    rev         bigint not null references revinfo (rev),
    revtype     smallint,
    version     bigint,
    created_at  timestamp with time zone,
    created_by  varchar(100),
    updated_at  timestamp with time zone,
    updated_by  varchar(100),
    partner_id  bigint,
    category    varchar(30),
    planned     numeric(14,2),
    primary key (id, rev)
);
