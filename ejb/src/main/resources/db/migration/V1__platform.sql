-- Platform: project, partners, users, change history. Portable SQL: runs unchanged on H2 and PostgreSQL.

create sequence openup_seq start with 1 increment by 50;
create sequence revinfo_seq start with 1 increment by 1;

create table app_setting (
    setting_key   varchar(100) not null primary key,
    setting_value varchar(1000)
);

create table revinfo (
    rev      bigint not null primary key,
    revtstmp bigint not null,
    username varchar(100)
);

create table project (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100) not null,
    code          varchar(30)  not null,
    acronym       varchar(50)  not null,
    name_lv       varchar(500),
    name_lt       varchar(500),
    name_en       varchar(500),
    programme_lv  varchar(500),
    programme_lt  varchar(500),
    programme_en  varchar(500),
    start_date    date         not null,
    end_date      date         not null,
    status        varchar(20)  not null,
    constraint uk_project_code unique (code),
    constraint ck_project_period check (end_date >= start_date)
);

create table project_aud (
    id            bigint   not null,
    rev           bigint   not null references revinfo (rev),
    revtype       smallint,
    version       bigint,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    updated_at    timestamp with time zone,
    updated_by    varchar(100),
    code          varchar(30),
    acronym       varchar(50),
    name_lv       varchar(500),
    name_lt       varchar(500),
    name_en       varchar(500),
    programme_lv  varchar(500),
    programme_lt  varchar(500),
    programme_en  varchar(500),
    start_date    date,
    end_date      date,
    status        varchar(20),
    primary key (id, rev)
);

create table partner (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100)  not null,
    project_id  bigint        not null references project (id),
    role        varchar(20)   not null,
    legal_name  varchar(300)  not null,
    short_name  varchar(60)   not null,
    country     varchar(2)    not null,
    budget      numeric(14,2) not null,
    erdf_rate   numeric(5,4)  not null,
    constraint ck_partner_erdf_rate check (erdf_rate between 0 and 1),
    constraint ck_partner_budget check (budget >= 0)
);
create index ix_partner_project on partner (project_id);

create table partner_aud (
    id          bigint not null,
    rev         bigint not null references revinfo (rev),
    revtype     smallint,
    version     bigint,
    created_at  timestamp with time zone,
    created_by  varchar(100),
    updated_at  timestamp with time zone,
    updated_by  varchar(100),
    project_id  bigint,
    role        varchar(20),
    legal_name  varchar(300),
    short_name  varchar(60),
    country     varchar(2),
    budget      numeric(14,2),
    erdf_rate   numeric(5,4),
    primary key (id, rev)
);

create table app_user (
    id             bigint       not null primary key,
    version        bigint       not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100) not null,
    username       varchar(50)  not null,
    full_name      varchar(150) not null,
    email          varchar(200),
    password_hash  varchar(100) not null,
    active         boolean      not null,
    partner_id     bigint references partner (id),
    language       varchar(2)   not null,
    last_login_at  timestamp with time zone,
    constraint uk_app_user_username unique (username)
);

create table app_user_aud (
    id          bigint not null,
    rev         bigint not null references revinfo (rev),
    revtype     smallint,
    version     bigint,
    created_at  timestamp with time zone,
    created_by  varchar(100),
    updated_at  timestamp with time zone,
    updated_by  varchar(100),
    username    varchar(50),
    full_name   varchar(150),
    email       varchar(200),
    active      boolean,
    partner_id  bigint,
    language    varchar(2),
    primary key (id, rev)
);

-- Read by the server's security realm at login (wildfly-config/cli/security.cli).
create table app_user_role (
    user_id    bigint      not null references app_user (id),
    role_name  varchar(20) not null,
    primary key (user_id, role_name)
);

create table app_user_role_aud (
    rev        bigint      not null references revinfo (rev),
    revtype    smallint,
    user_id    bigint      not null,
    role_name  varchar(20) not null,
    primary key (rev, user_id, role_name)
);
