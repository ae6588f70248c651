-- Renovation works: the works (contractor, contract, budget line, dates, acceptance act), their tasks with
-- finish-to-start dependencies, and the defects found at acceptance.

create table works (
    id                 bigint        not null primary key,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)  not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(100)  not null,
    partner_id         bigint        not null references partner (id),
    title              varchar(200)  not null,
    building           varchar(200),
    rooms              varchar(200),
    scope              varchar(2000),
    responsible        varchar(150),
    supplier_id        bigint        references supplier (id),
    contract_id        bigint        references contract (id),
    budget_line_id     bigint        references budget_line (id),
    planned_start      date          not null,
    planned_end        date          not null,
    actual_start       date,
    actual_end         date,
    status             varchar(20)   not null,
    accepted_on        date,
    commission         varchar(500),
    acceptance_result  varchar(30),
    acceptance_remarks varchar(2000),
    warranty_months    integer       not null,
    constraint ck_works_planned check (planned_end >= planned_start),
    constraint ck_works_warranty check (warranty_months between 0 and 120)
);
create index ix_works_partner on works (partner_id);

create table works_aud (
    id                 bigint not null,
    rev                bigint not null references revinfo (rev),
    revtype            smallint,
    version            bigint,
    created_at         timestamp with time zone,
    created_by         varchar(100),
    updated_at         timestamp with time zone,
    updated_by         varchar(100),
    partner_id         bigint,
    title              varchar(200),
    building           varchar(200),
    rooms              varchar(200),
    scope              varchar(2000),
    responsible        varchar(150),
    supplier_id        bigint,
    contract_id        bigint,
    budget_line_id     bigint,
    planned_start      date,
    planned_end        date,
    actual_start       date,
    actual_end         date,
    status             varchar(20),
    accepted_on        date,
    commission         varchar(500),
    acceptance_result  varchar(30),
    acceptance_remarks varchar(2000),
    warranty_months    integer,
    primary key (id, rev)
);

create table works_task (
    id            bigint        not null primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100)  not null,
    works_id      bigint        not null references works (id),
    parent_id     bigint        references works_task (id),
    name          varchar(200)  not null,
    responsible   varchar(150),
    planned_start date          not null,
    planned_end   date          not null,
    actual_start  date,
    actual_end    date,
    progress      integer       not null,
    status        varchar(20)   not null,
    constraint ck_works_task_planned check (planned_end >= planned_start),
    constraint ck_works_task_progress check (progress between 0 and 100)
);
create index ix_works_task_works on works_task (works_id);

create table works_task_aud (
    id            bigint not null,
    rev           bigint not null references revinfo (rev),
    revtype       smallint,
    version       bigint,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    updated_at    timestamp with time zone,
    updated_by    varchar(100),
    works_id      bigint,
    parent_id     bigint,
    name          varchar(200),
    responsible   varchar(150),
    planned_start date,
    planned_end   date,
    actual_start  date,
    actual_end    date,
    progress      integer,
    status        varchar(20),
    primary key (id, rev)
);

create table works_task_dependency (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100)  not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100)  not null,
    task_id        bigint        not null references works_task (id),
    predecessor_id bigint        not null references works_task (id),
    constraint uk_works_task_dependency unique (task_id, predecessor_id),
    constraint ck_works_task_dependency_self check (task_id <> predecessor_id)
);

create table works_task_dependency_aud (
    id             bigint not null,
    rev            bigint not null references revinfo (rev),
    revtype        smallint,
    version        bigint,
    created_at     timestamp with time zone,
    created_by     varchar(100),
    updated_at     timestamp with time zone,
    updated_by     varchar(100),
    task_id        bigint,
    predecessor_id bigint,
    primary key (id, rev)
);

create table works_defect (
    id           bigint        not null primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    works_id     bigint        not null references works (id),
    description  varchar(1000) not null,
    room         varchar(100),
    deadline     date,
    status       varchar(20)   not null,
    fixed_on     date,
    verified_on  date
);
create index ix_works_defect_works on works_defect (works_id);

create table works_defect_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    works_id     bigint,
    description  varchar(1000),
    room         varchar(100),
    deadline     date,
    status       varchar(20),
    fixed_on     date,
    verified_on  date,
    primary key (id, rev)
);
