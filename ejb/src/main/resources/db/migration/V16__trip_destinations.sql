-- Study trips (V16): a trip may go on from its first destination (trip.destination_city / _country) to further
-- destinations, each reached on a day of the trip; from that day on the per diem is that country's.
-- Portable SQL: H2 and PostgreSQL.

create table trip_destination (
    id                       bigint not null primary key,
    version                  bigint not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(100) not null,
    trip_id                  bigint not null references trip (id),
    city                     varchar(200) not null,
    country                  varchar(2) not null,
    arrive_on                date not null,
    constraint uk_trip_destination_day unique (trip_id, arrive_on)
);
create index ix_trip_destination_trip on trip_destination (trip_id);

create table trip_destination_aud (
    id                       bigint not null,
    rev                      bigint not null references revinfo (rev),
    revtype                  smallint,
    version                  bigint,
    created_at               timestamp with time zone,
    created_by               varchar(100),
    updated_at               timestamp with time zone,
    updated_by               varchar(100),
    trip_id                  bigint,
    city                     varchar(200),
    country                  varchar(2),
    arrive_on                date,
    primary key (id, rev)
);
