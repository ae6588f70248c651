-- Reminders and e-mail (issue 19). Every mail the application sends is first a row here (the outbox): written in the
-- transaction that decides it, sent afterwards through WildFly's mail session (wildfly-config/cli/mail.cli), retried
-- when the mail server does not take it, and kept with its outcome for the administrator's mail page. The key says
-- what the mail is about (the digest of a user on a day, the confirmation of a registration...): unique, so that the
-- same mail is never queued, and so never sent, twice.
create table outgoing_mail (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    mail_key         varchar(200)  not null,
    kind             varchar(30)   not null,
    recipient        varchar(254)  not null,
    recipient_name   varchar(200),
    user_id          bigint references app_user (id),
    language         varchar(2)    not null,
    subject          varchar(300)  not null,
    body_text        varchar(1000000) not null,
    body_html        varchar(1000000) not null,
    attachment_name  varchar(100),
    attachment_type  varchar(100),
    attachment_text  varchar(100000),
    status           varchar(10)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    constraint uq_outgoing_mail_key unique (mail_key)
);
-- what is due to be sent (MailSender's retry), and the mail page's list, newest first
create index ix_outgoing_mail_due on outgoing_mail (status, next_attempt_at);
create index ix_outgoing_mail_created on outgoing_mail (created_at, id);
create index ix_outgoing_mail_user on outgoing_mail (user_id);

-- One row per day the daily digest ran: unique, so that with two servers it runs once (the second one's insert fails)
create table digest_run (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    run_on           date          not null,
    finished_at      timestamp with time zone,
    users_asked      integer       not null,
    digests_queued   integer       not null,
    constraint uq_digest_run_day unique (run_on)
);

-- The weekdays a user gets the digest on: bit 0 Monday ... bit 6 Sunday; 0 = no digest. Monday to Friday unless changed.
alter table app_user add column digest_days integer default 31 not null;
alter table app_user_aud add column digest_days integer;

-- The language a participant's mails are written in (chosen at registration; the partner's when not chosen).
alter table event_registration add column language varchar(2);
alter table event_registration_aud add column language varchar(2);

-- The digest's queries: loans by their due date, defects by their deadline (the timer reads them every morning).
create index ix_asset_due on asset (status, due_on);
create index ix_defect_deadline on works_defect (status, deadline);
