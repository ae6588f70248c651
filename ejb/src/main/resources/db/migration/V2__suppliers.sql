-- Procurement, first step: suppliers (companies the partners buy from).

create table supplier (
    id                   bigint       not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100) not null,
    name                 varchar(200) not null,
    registration_number  varchar(30)  not null,
    vat_number           varchar(30),
    country              varchar(2)   not null,
    address              varchar(300),
    contact_person       varchar(150),
    email                varchar(200),
    phone                varchar(50),
    constraint uk_supplier_registration unique (country, registration_number)
);
create index ix_supplier_name on supplier (name);

create table supplier_aud (
    id                   bigint not null,
    rev                  bigint not null references revinfo (rev),
    revtype              smallint,
    version              bigint,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    updated_at           timestamp with time zone,
    updated_by           varchar(100),
    name                 varchar(200),
    registration_number  varchar(30),
    vat_number           varchar(30),
    country              varchar(2),
    address              varchar(300),
    contact_person       varchar(150),
    email                varchar(200),
    phone                varchar(50),
    primary key (id, rev)
);
