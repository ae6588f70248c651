-- Partners' legal data and VAT status, the budget flexibility of a project, and its reporting periods.

alter table project add column budget_flexibility numeric(5,4) default 0.2000 not null;
alter table project_aud add column budget_flexibility numeric(5,4);

alter table partner add column registration_no varchar(30);
alter table partner add column vat_no varchar(30);
alter table partner add column address varchar(300);
alter table partner add column contact_person varchar(200);
alter table partner add column vat_recoverable boolean default false not null;
alter table partner_aud add column registration_no varchar(30);
alter table partner_aud add column vat_no varchar(30);
alter table partner_aud add column address varchar(300);
alter table partner_aud add column contact_person varchar(200);
alter table partner_aud add column vat_recoverable boolean;

create table reporting_period (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100) not null,
    project_id  bigint       not null references project (id),
    number      integer      not null,
    start_date  date         not null,
    end_date    date         not null,
    constraint uk_reporting_period unique (project_id, number),
    constraint ck_reporting_period check (end_date >= start_date and number > 0)
);

create table reporting_period_aud (
    id          bigint not null,
    rev         bigint not null references revinfo (rev),
    revtype     smallint,
    version     bigint,
    created_at  timestamp with time zone,
    created_by  varchar(100),
    updated_at  timestamp with time zone,
    updated_by  varchar(100),
    project_id  bigint,
    number      integer,
    start_date  date,
    end_date    date,
    primary key (id, rev)
);
