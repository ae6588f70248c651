-- Asset categories become data the coordinator keeps (a name per language, in use for new assets or not) instead
-- of a fixed list: the seven kinds the register knew so far are inserted with the names the screens showed, and
-- every asset (and its history) refers to its category by id instead of by the old list's name.

create table asset_category (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    code                   varchar(30)  not null,
    name_lv                varchar(100) not null,
    name_lt                varchar(100) not null,
    name_en                varchar(100) not null,
    active                 boolean      not null,
    constraint uk_asset_category_code unique (code)
);

create table asset_category_aud (
    id           bigint not null,
    rev          bigint not null references revinfo (rev),
    revtype      smallint,
    version      bigint,
    created_at   timestamp with time zone,
    created_by   varchar(100),
    updated_at   timestamp with time zone,
    updated_by   varchar(100),
    code                   varchar(30),
    name_lv                varchar(100),
    name_lt                varchar(100),
    name_en                varchar(100),
    active                 boolean,
    primary key (id, rev)
);

insert into asset_category (id, version, created_at, created_by, updated_at, updated_by, code, name_lv, name_lt,
        name_en, active)
values
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'COMPUTER',
        'Dators', 'Kompiuteris', 'Computer', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LAPTOP',
        'Portatīvais dators', 'Nešiojamasis kompiuteris', 'Laptop', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'GAME_CONSOLE',
        'Spēļu konsole', 'Žaidimų konsolė', 'Game console', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'WHITEBOARD',
        'Interaktīvā tāfele', 'Interaktyvi lenta', 'Interactive whiteboard', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'PROJECTOR',
        'Projektors', 'Projektorius', 'Projector', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'FURNITURE',
        'Mēbeles', 'Baldai', 'Furniture', true),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'OTHER',
        'Cits', 'Kita', 'Other', true);

-- Their history starts at the first revision there is (a new one in an empty database), so that the history of
-- assets changed before this migration finds the category they had.
insert into revinfo (rev, revtstmp, username)
select nextval('revinfo_seq'), cast(extract(epoch from current_timestamp) * 1000 as bigint), 'migration'
where not exists (select 1 from revinfo);
insert into asset_category_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, code,
        name_lv, name_lt, name_en, active)
select id, (select min(rev) from revinfo), 0, version, created_at, created_by, updated_at, updated_by, code,
        name_lv, name_lt, name_en, active
from asset_category;

-- the register: the old name becomes the category's id (every asset had one of the seven)
alter table asset add column category_id bigint;
update asset set category_id = (select c.id from asset_category c where c.code = asset.category);
update asset set category_id = (select c.id from asset_category c where c.code = 'OTHER') where category_id is null;
alter table asset alter column category_id set not null;
alter table asset add constraint fk_asset_category foreign key (category_id) references asset_category (id);
alter table asset drop column category;
create index ix_asset_category on asset (category_id);

-- the history keeps what each revision had, by id as well
alter table asset_aud add column category_id bigint;
update asset_aud set category_id = (select c.id from asset_category c where c.code = asset_aud.category);
alter table asset_aud drop column category;
