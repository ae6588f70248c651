-- Personal data (issue 20): the consent text shown at registration, versioned, and the version each registration
-- agreed to; a retention end per project (none set: the durability end); the log of what was done with personal
-- data (searches, exports, anonymisations, the shredder), which itself keeps no name, e-mail or phone.
create table consent_text (
    version     integer       not null primary key,
    valid_from  date          not null,
    text_lv     varchar(2000) not null,
    text_lt     varchar(2000) not null,
    text_en     varchar(2000) not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)  not null
);
insert into consent_text (version, valid_from, text_lv, text_lt, text_en, created_at, created_by) values (1,
    date '2018-01-01',
    'Piekrītu, ka mani personas dati (vārds, uzvārds, organizācija, e-pasts, tālrunis) tiek apstrādāti pasākuma organizēšanai un projekta rādītāju uzskaitei.',
    'Sutinku, kad mano asmens duomenys (vardas, pavardė, organizacija, el. paštas, telefonas) būtų tvarkomi renginio organizavimui ir projekto rodiklių apskaitai.',
    'I agree that my personal data (name, organisation, e-mail, phone) are processed to organise the event and to account for the project''s indicators.',
    current_timestamp, 'migration');

alter table event_registration add column consent_version integer references consent_text (version);
update event_registration set consent_version = 1 where consent = true;
alter table event_registration_aud add column consent_version integer;
create index ix_registration_email on event_registration (email);

alter table project add column retention_end date;
alter table project_aud add column retention_end date;

create table personal_data_action (
    id          bigint       not null primary key,
    done_at     timestamp with time zone not null,
    done_by     varchar(100) not null,
    action      varchar(20)  not null,
    record_kind varchar(20),
    record_id   bigint,
    project_id  bigint references project (id),
    records     integer      not null
);
create index ix_personal_data_action_done on personal_data_action (done_at);
