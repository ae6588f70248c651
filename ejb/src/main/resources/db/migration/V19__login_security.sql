-- Login security: the lock after failed logins (seen and lifted by the administrator), a password change the
-- administrator's reset asks for, two-factor login (RFC 6238) with one-time recovery codes, and the login log.
alter table app_user add column failed_logins integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column password_change_required boolean default false not null;
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enrolled_at timestamp with time zone;
alter table app_user add column totp_last_step bigint default 0 not null;

create table recovery_code (
    id        bigint      not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    user_id   bigint      not null references app_user (id),
    code_hash varchar(64) not null,
    used_at   timestamp with time zone
);
-- a user's unused codes, at login
create index ix_recovery_code_user on recovery_code (user_id);

create table login_attempt (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100) not null,
    attempted_at timestamp with time zone not null,
    username     varchar(100) not null,
    address      varchar(64)  not null,
    outcome      varchar(30)  not null
);
-- the log, newest first; the failures from an address in the last minutes (throttling)
create index ix_login_attempt_time on login_attempt (attempted_at);
create index ix_login_attempt_address on login_attempt (address, attempted_at);
