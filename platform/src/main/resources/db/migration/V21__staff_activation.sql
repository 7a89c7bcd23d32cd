-- Security: activation links for new staff accounts (issue 15). The link's token is stored only as its
-- SHA-256; a link works once and expires.
create table staff_activation (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references staff_account (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_by  varchar(64) not null
);
create index staff_activation_account on staff_activation (account_id);
comment on table staff_activation is 'owner: security; single-use, expiring activation links of new staff accounts (token hashes only)';
