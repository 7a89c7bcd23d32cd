-- Security: credentials and the authentication state of staff accounts (kept apart from the organisation data).
create table staff_credential (
    account_id          bigint primary key references staff_account (id) on delete cascade,
    password_hash       varchar(255) not null,
    password_changed_at timestamptz  not null,
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    totp_secret         varchar(64),
    totp_enabled        boolean      not null default false,
    totp_last_step      bigint
);

create table staff_recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references staff_account (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz,
    unique (account_id, code_hash)
);
