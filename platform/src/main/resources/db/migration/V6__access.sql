-- Access: who may follow which case. Applicants sign in with their mobile and a one-time code, apply with
-- materials, 案管 verifies, and a grant to one party's record of one case is issued with a 查询码.
create table applicant (
    id          bigint generated always as identity primary key,
    mobile      varchar(20) not null unique,
    created_at  timestamptz not null,
    last_login  timestamptz
);

create table one_time_code (
    id          bigint generated always as identity primary key,
    mobile      varchar(20) not null,
    code_hash   char(64)    not null,
    expires_at  timestamptz not null,
    attempts    int         not null default 0,
    used_at     timestamptz,
    created_at  timestamptz not null
);
create index one_time_code_mobile_idx on one_time_code (mobile, created_at);

create table sms_outbox (
    id          bigint generated always as identity primary key,
    mobile      varchar(20)  not null,
    body        varchar(500) not null,
    created_at  timestamptz  not null
);

create table access_application (
    id                bigint generated always as identity primary key,
    applicant_id      bigint       not null references applicant (id),
    case_number       varchar(80)  not null,
    case_id           bigint references criminal_case (id),
    party_id          bigint references case_party (id),
    party_name        varchar(60)  not null,
    relation          varchar(32)  not null,
    applicant_name    varchar(60)  not null,
    id_number_hash    char(64)     not null,
    id_number_tail    varchar(4)   not null,
    lawyer_licence    varchar(40),
    law_firm          varchar(100),
    verifying_unit_id bigint       not null references procuratorate (id),
    handling_unit_id  bigint references procuratorate (id),
    status            varchar(32)  not null,
    note              varchar(500),
    decided_by        varchar(64),
    decided_at        timestamptz,
    created_at        timestamptz  not null
);
create index access_application_units_idx on access_application (handling_unit_id, verifying_unit_id, status);

create table application_material (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references access_application (id) on delete cascade,
    kind           varchar(40)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(100) not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null
);

create table case_access_grant (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null unique references access_application (id),
    applicant_id    bigint      not null references applicant (id),
    case_id         bigint      not null references criminal_case (id),
    party_id        bigint      not null references case_party (id),
    relation        varchar(32) not null,
    query_code_hash char(64)    not null unique,
    pending_code    varchar(12),
    id_number_hash  char(64)    not null,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    granted_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    revoked_by      varchar(64),
    revoke_reason   varchar(300)
);
create index case_access_grant_party_idx on case_access_grant (party_id);
