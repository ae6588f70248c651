-- Events: activities of the project, their agenda, registrations of adults, attendance per day, anonymous
-- children counts, output indicators, and the expenditure items that paid for an event.

create table event (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    project_id           bigint       not null references project (id),
    partner_id           bigint       not null references partner (id),
    title                varchar(300) not null,
    type                 varchar(20)  not null,
    target_group         varchar(20)  not null,
    venue                varchar(300),
    start_date           date         not null,
    end_date             date         not null,
    capacity             integer,
    registration_opens   date,
    registration_closes  date,
    series_key           varchar(40),
    constraint ck_event_dates check (end_date >= start_date),
    constraint ck_event_capacity check (capacity is null or capacity > 0)
);
create index ix_event_project_start on event (project_id, start_date);
create index ix_event_partner on event (partner_id);

create table event_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    project_id           bigint,
    partner_id           bigint,
    title                varchar(300),
    type                 varchar(20),
    target_group         varchar(20),
    venue                varchar(300),
    start_date           date,
    end_date             date,
    capacity             integer,
    registration_opens   date,
    registration_closes  date,
    series_key           varchar(40),
    primary key (id, rev)
);

create table event_agenda_item (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    event_id             bigint       not null references event (id),
    event_day            date         not null,
    starts_at            time,
    title                varchar(300) not null,
    speaker              varchar(200)
);
create index ix_event_agenda_event on event_agenda_item (event_id);

create table event_agenda_item_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    event_id             bigint,
    event_day            date,
    starts_at            time,
    title                varchar(300),
    speaker              varchar(200),
    primary key (id, rev)
);

create table event_registration (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    event_id             bigint       not null references event (id),
    full_name            varchar(200) not null,
    organisation         varchar(300),
    partner_id           bigint references partner (id),
    email                varchar(200),
    phone                varchar(50),
    consent              boolean      not null,
    consent_date         date,
    status               varchar(20)  not null,
    registered_at        timestamp with time zone not null
);
create index ix_event_registration_event on event_registration (event_id, status);

create table event_registration_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    event_id             bigint,
    full_name            varchar(200),
    organisation         varchar(300),
    partner_id           bigint,
    email                varchar(200),
    phone                varchar(50),
    consent              boolean,
    consent_date         date,
    status               varchar(20),
    registered_at        timestamp with time zone,
    primary key (id, rev)
);

create table event_attendance (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    registration_id      bigint       not null references event_registration (id),
    event_day            date         not null,
    constraint uk_event_attendance unique (registration_id, event_day)
);

create table event_attendance_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    registration_id      bigint,
    event_day            date,
    primary key (id, rev)
);

create table event_children_session (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    event_id             bigint       not null references event (id),
    event_day            date         not null,
    present              integer      not null,
    first_time           integer      not null,
    vulnerable           integer      not null,
    age_up_to_9          integer      not null,
    age_10_to_13         integer      not null,
    age_14_to_18         integer      not null,
    constraint ck_children_counts check (present >= 0 and first_time >= 0 and vulnerable >= 0
        and first_time <= present and vulnerable <= present
        and age_up_to_9 >= 0 and age_10_to_13 >= 0 and age_14_to_18 >= 0)
);
create index ix_event_children_event on event_children_session (event_id, event_day);

create table event_children_session_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    event_id             bigint,
    event_day            date,
    present              integer,
    first_time           integer,
    vulnerable           integer,
    age_up_to_9          integer,
    age_10_to_13         integer,
    age_14_to_18         integer,
    primary key (id, rev)
);

create table output_indicator (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    project_id           bigint       not null references project (id),
    measure              varchar(40)  not null,
    target               integer      not null,
    constraint uk_output_indicator unique (project_id, measure)
);

create table output_indicator_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    project_id           bigint,
    measure              varchar(40),
    target               integer,
    primary key (id, rev)
);

create table event_cost (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    event_id             bigint       not null references event (id),
    expenditure_item_id  bigint       not null references expenditure_item (id),
    constraint uk_event_cost unique (event_id, expenditure_item_id)
);
create index ix_event_cost_item on event_cost (expenditure_item_id);

create table event_cost_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    event_id             bigint,
    expenditure_item_id  bigint,
    primary key (id, rev)
);
