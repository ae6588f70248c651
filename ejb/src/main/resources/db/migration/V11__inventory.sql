-- Inventory: rooms, assets (with their invoice and budget lines), stock-takes, the durability period per project.

create table asset_location (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    partner_id             bigint not null references partner (id),
    name                   varchar(150) not null,
    constraint uk_asset_location unique (partner_id, name)
);

create table asset_location_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    partner_id             bigint,
    name                   varchar(150),
    primary key (id, rev)
);

create table asset (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    inventory_number       varchar(30) not null,
    name                   varchar(200) not null,
    category               varchar(20) not null,
    manufacturer           varchar(100),
    model                  varchar(100),
    serial_number          varchar(100),
    partner_id             bigint not null references partner (id),
    location_id            bigint references asset_location (id),
    custodian              varchar(150),
    acquired_on            date,
    amount_net             numeric(14,2),
    amount_vat             numeric(14,2),
    warranty_until         date,
    invoice_line_id        bigint references invoice_line (id),
    budget_line_id         bigint references budget_line (id),
    status                 varchar(20) not null,
    lent_to                varchar(150),
    due_on                 date,
    keep_until             date,
    disposed_on            date,
    disposal_reason        varchar(500),
    disposal_method        varchar(150),
    disposal_approver      varchar(150),
    constraint uk_asset_number unique (inventory_number),
    constraint uk_asset_serial unique (manufacturer, serial_number)
);

create table asset_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    inventory_number       varchar(30),
    name                   varchar(200),
    category               varchar(20),
    manufacturer           varchar(100),
    model                  varchar(100),
    serial_number          varchar(100),
    partner_id             bigint,
    location_id            bigint,
    custodian              varchar(150),
    acquired_on            date,
    amount_net             numeric(14,2),
    amount_vat             numeric(14,2),
    warranty_until         date,
    invoice_line_id        bigint,
    budget_line_id         bigint,
    status                 varchar(20),
    lent_to                varchar(150),
    due_on                 date,
    keep_until             date,
    disposed_on            date,
    disposal_reason        varchar(500),
    disposal_method        varchar(150),
    disposal_approver      varchar(150),
    primary key (id, rev)
);

create table stock_take (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    partner_id             bigint not null references partner (id),
    location_id            bigint references asset_location (id),
    started_on             date not null,
    closed_on              date,
    locations_updated      boolean not null
);

create table stock_take_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    partner_id             bigint,
    location_id            bigint,
    started_on             date,
    closed_on              date,
    locations_updated      boolean,
    primary key (id, rev)
);

create table stock_take_entry (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    stock_take_id          bigint not null references stock_take (id),
    asset_id               bigint not null references asset (id),
    outcome                varchar(20) not null,
    registered_location_id bigint references asset_location (id),
    scanned_at             timestamp with time zone,
    constraint uk_stock_take_entry unique (stock_take_id, asset_id)
);

create table stock_take_entry_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    stock_take_id          bigint,
    asset_id               bigint,
    outcome                varchar(20),
    registered_location_id bigint,
    scanned_at             timestamp with time zone,
    primary key (id, rev)
);

create index ix_asset_partner on asset (partner_id);
create index ix_asset_location on asset (location_id);
create index ix_asset_invoice_line on asset (invoice_line_id);
create index ix_asset_keep_until on asset (keep_until);
create index ix_asset_name on asset (name);
create index ix_stock_take_partner on stock_take (partner_id);

create table durability_period (
    project_id   bigint  not null primary key references project (id),
    years        integer not null,
    version      bigint  not null
);
