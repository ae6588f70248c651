-- Study trips (V13): per-diem rate tables and day rules per employer country (data, kept by accountants), trips
-- with their itinerary and participants, a travel order per participant with the days' provisions, expenses.
-- Each table has its _aud twin for the change history. Portable SQL: H2 and PostgreSQL.

create table per_diem_rate (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    employer_country         varchar(2) not null,
    destination_country      varchar(2) not null,
    valid_from               date not null,
    valid_until              date,
    daily_allowance          numeric(14,2) not null,
    accommodation_cap        numeric(14,2) not null,
    demo                     boolean not null,
    confirmed_by             varchar(100),
    confirmed_at             timestamp with time zone,
    constraint uk_per_diem_rate unique (employer_country, destination_country, valid_from),
    constraint ck_per_diem_rate_amounts check (daily_allowance > 0 and accommodation_cap >= 0)
);
create table per_diem_rate_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    employer_country         varchar(2),
    destination_country      varchar(2),
    valid_from               date,
    valid_until              date,
    daily_allowance          numeric(14,2),
    accommodation_cap        numeric(14,2),
    demo                     boolean,
    confirmed_by             varchar(100),
    confirmed_at             timestamp with time zone,
    primary key (id, rev)
);

create table per_diem_rule (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    country                  varchar(2) not null,
    departure_day_percent    numeric(5,2) not null,
    return_day_percent       numeric(5,2) not null,
    same_day_percent         numeric(5,2) not null,
    breakfast_percent        numeric(5,2) not null,
    lunch_percent            numeric(5,2) not null,
    dinner_percent           numeric(5,2) not null,
    full_board_max_percent   numeric(5,2) not null,
    demo                     boolean not null,
    confirmed_by             varchar(100),
    confirmed_at             timestamp with time zone,
    constraint uk_per_diem_rule unique (country)
);
create table per_diem_rule_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    country                  varchar(2),
    departure_day_percent    numeric(5,2),
    return_day_percent       numeric(5,2),
    same_day_percent         numeric(5,2),
    breakfast_percent        numeric(5,2),
    lunch_percent            numeric(5,2),
    dinner_percent           numeric(5,2),
    full_board_max_percent   numeric(5,2),
    demo                     boolean,
    confirmed_by             varchar(100),
    confirmed_at             timestamp with time zone,
    primary key (id, rev)
);

create table trip (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    title                    varchar(200) not null,
    purpose                  varchar(2000),
    organiser_id             bigint not null references partner (id),
    destination_city         varchar(200) not null,
    destination_country      varchar(2) not null,
    starts_on                date not null,
    ends_on                  date not null
);
create table trip_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    title                    varchar(200),
    purpose                  varchar(2000),
    organiser_id             bigint,
    destination_city         varchar(200),
    destination_country      varchar(2),
    starts_on                date,
    ends_on                  date,
    primary key (id, rev)
);

create table itinerary_item (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    trip_id                  bigint not null references trip (id),
    on_day                   date not null,
    starts_at                time,
    ends_at                  time,
    kind                     varchar(20) not null,
    description              varchar(300) not null,
    place                    varchar(200)
);
create table itinerary_item_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    trip_id                  bigint,
    on_day                   date,
    starts_at                time,
    ends_at                  time,
    kind                     varchar(20),
    description              varchar(300),
    place                    varchar(200),
    primary key (id, rev)
);

create table trip_participant (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    trip_id                  bigint not null references trip (id),
    name                     varchar(150) not null,
    job_position             varchar(150),
    employer_id              bigint not null references partner (id)
);
create table trip_participant_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    trip_id                  bigint,
    name                     varchar(150),
    job_position             varchar(150),
    employer_id              bigint,
    primary key (id, rev)
);

create table travel_order (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    participant_id           bigint not null references trip_participant (id),
    number                   varchar(50) not null,
    departure_on             date not null,
    return_on                date not null,
    destination_city         varchar(200) not null,
    destination_country      varchar(2) not null,
    purpose                  varchar(2000),
    approved_by              varchar(100),
    approved_on              date,
    advance_requested        numeric(14,2) not null,
    advance_paid             numeric(14,2) not null,
    advance_paid_on          date,
    per_diem                 numeric(14,2),
    settled_by               varchar(100),
    settled_on               date,
    constraint uk_travel_order_participant unique (participant_id)
);
create table travel_order_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    participant_id           bigint,
    number                   varchar(50),
    departure_on             date,
    return_on                date,
    destination_city         varchar(200),
    destination_country      varchar(2),
    purpose                  varchar(2000),
    approved_by              varchar(100),
    approved_on              date,
    advance_requested        numeric(14,2),
    advance_paid             numeric(14,2),
    advance_paid_on          date,
    per_diem                 numeric(14,2),
    settled_by               varchar(100),
    settled_on               date,
    primary key (id, rev)
);

create table travel_day (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    order_id                 bigint not null references travel_order (id),
    on_day                   date not null,
    breakfast                boolean not null,
    lunch                    boolean not null,
    dinner                   boolean not null,
    accommodation            boolean not null,
    constraint uk_travel_day unique (order_id, on_day)
);
create table travel_day_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    order_id                 bigint,
    on_day                   date,
    breakfast                boolean,
    lunch                    boolean,
    dinner                   boolean,
    accommodation            boolean,
    primary key (id, rev)
);

create table travel_expense (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    order_id                 bigint not null references travel_order (id),
    kind                     varchar(20) not null,
    description              varchar(300) not null,
    spent_on                 date not null,
    amount                   numeric(14,2) not null,
    nights                   integer not null,
    paid_by                  varchar(20) not null,
    above_cap                boolean not null,
    constraint ck_travel_expense_amount check (amount > 0)
);
create table travel_expense_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    order_id                 bigint,
    kind                     varchar(20),
    description              varchar(300),
    spent_on                 date,
    amount                   numeric(14,2),
    nights                   integer,
    paid_by                  varchar(20),
    above_cap                boolean,
    primary key (id, rev)
);

create index ix_trip_organiser on trip (organiser_id);
create index ix_itinerary_item_trip on itinerary_item (trip_id);
create index ix_trip_participant_trip on trip_participant (trip_id);
create index ix_trip_participant_employer on trip_participant (employer_id);
create index ix_travel_expense_order on travel_expense (order_id);
