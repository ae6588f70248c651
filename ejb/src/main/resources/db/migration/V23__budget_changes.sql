-- Budget changes (issue 17, part 3): a re-planning of several budget lines at once, with a reason and the date it
-- takes effect; each changed line keeps its amount before and after. Who and when: the created columns. The budget
-- "as of" a date reads, per line, the new amount of its latest change effective on or before the date, else the
-- previous amount of its first change, else the line's planned amount (BudgetService.budgetOn).

create table budget_change (
    id                 bigint        not null primary key,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)  not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(100)  not null,
    project_id         bigint        not null references project (id),
    effective_on       date          not null,
    reason             varchar(1000) not null,
    programme_approved boolean       not null
);
-- the changes of a project, newest first (BudgetService.changes: the budget page's list)
create index ix_budget_change_project on budget_change (project_id, effective_on, id);

create table budget_change_aud (
    id                 bigint not null,
    rev                bigint not null references revinfo (rev),
    revtype            smallint,
    version            bigint,
    created_at         timestamp with time zone,
    created_by         varchar(100),
    updated_at         timestamp with time zone,
    updated_by         varchar(100),
    project_id         bigint,
    effective_on       date,
    reason             varchar(1000),
    programme_approved boolean,
    primary key (id, rev)
);

create table budget_change_line (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    change_id        bigint        not null references budget_change (id),
    budget_line_id   bigint        not null references budget_line (id),
    previous_amount  numeric(14,2) not null,
    new_amount       numeric(14,2) not null,
    constraint uk_budget_change_line unique (change_id, budget_line_id),
    constraint ck_budget_change_line_amounts check (previous_amount >= 0 and new_amount >= 0)
);
-- a line's changes in order (the "as of" amounts; the rule that a change is not dated before the last one)
create index ix_budget_change_line_line on budget_change_line (budget_line_id, change_id);

create table budget_change_line_aud (
    id               bigint not null,
    rev              bigint not null references revinfo (rev),
    revtype          smallint,
    version          bigint,
    created_at       timestamp with time zone,
    created_by       varchar(100),
    updated_at       timestamp with time zone,
    updated_by       varchar(100),
    change_id        bigint,
    budget_line_id   bigint,
    previous_amount  numeric(14,2),
    new_amount       numeric(14,2),
    primary key (id, rev)
);
