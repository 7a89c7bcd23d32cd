-- Lawyer services (issue 18): a lawyer's identity once, requests on bound cases with their legal clocks,
-- reading-room bookings, the electronic file released for online review, and obstruction complaints.
-- Case bindings are access grants (owner: access); rows here keep the grant's id, never join its table.

create table lawyer (
    id              bigint generated always as identity primary key,
    applicant_id    bigint       not null unique,   -- the SMS-verified account (access module)
    name            varchar(60)  not null,
    id_number       varchar(18)  not null,
    licence_no      varchar(17)  not null unique,
    law_firm        varchar(120) not null,
    licence_name    varchar(200) not null,
    licence_type    varchar(40)  not null,
    licence_file    bytea        not null,
    status          varchar(16)  not null,          -- PENDING, VERIFIED, REJECTED
    status_note     varchar(500),
    verified_by     varchar(64),
    verified_at     timestamptz,
    unit_id         bigint       not null,          -- the procuratorate whose 案管 verifies
    created_at      timestamptz  not null
);

create table lawyer_request (
    id              bigint generated always as identity primary key,
    lawyer_id       bigint       not null references lawyer (id),
    grant_id        bigint       not null,
    case_id         bigint       not null,
    party_id        bigint       not null,
    case_number     varchar(80)  not null,
    party_name      varchar(60)  not null,
    unit_id         bigint       not null,
    type            varchar(32)  not null,
    status          varchar(20)  not null,
    details         varchar(4000) not null,
    proposed_times  varchar(500),
    submitted_at    timestamptz  not null,
    due_on          date         not null,
    due_basis       varchar(500) not null,          -- how the due date was computed, as the lawyer sees it
    paused_on       date,
    paused_days     int          not null default 0,
    note            varchar(1000),                  -- what 案管 asked to supplement, or a confirmed time
    outcome         varchar(20),
    reason_code     varchar(40),
    reason_text     varchar(2000),
    decided_by      varchar(64),
    decided_at      timestamptz,
    closed_at       timestamptz,
    reminded_level  int          not null default 0,
    version         int          not null default 0
);
create index lawyer_request_unit_idx on lawyer_request (unit_id, status);
create index lawyer_request_lawyer_idx on lawyer_request (lawyer_id);

create table lawyer_request_step (
    id          bigint generated always as identity primary key,
    request_id  bigint       not null references lawyer_request (id),
    status      varchar(20)  not null,
    actor       varchar(64)  not null,
    note        varchar(2000),
    at          timestamptz  not null
);
create index lawyer_request_step_idx on lawyer_request_step (request_id);

create table reading_room_booking (
    id          bigint generated always as identity primary key,
    request_id  bigint       not null unique references lawyer_request (id),
    unit_id     bigint       not null,
    day         date         not null,
    slot        varchar(16)  not null,
    confirmed   boolean      not null default false
);
create index reading_room_booking_day_idx on reading_room_booking (unit_id, day, slot);

create table lawyer_file (
    id           bigint generated always as identity primary key,
    request_id   bigint       not null references lawyer_request (id),
    kind         varchar(16)  not null,             -- CASE_FILE (released by staff), MATERIAL (the lawyer's upload)
    file_name    varchar(200) not null,
    content_type varchar(40)  not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index lawyer_file_request_idx on lawyer_file (request_id);

create table lawyer_download_link (
    token        char(43)     primary key,
    request_id   bigint       not null references lawyer_request (id),
    expires_at   timestamptz  not null,
    created_at   timestamptz  not null
);

create table lawyer_complaint (
    id           bigint generated always as identity primary key,
    request_id   bigint       not null references lawyer_request (id),
    lawyer_id    bigint       not null references lawyer (id),
    unit_id      bigint       not null,
    text         varchar(4000) not null,
    filed_at     timestamptz  not null,
    due_on       date         not null,
    answer       varchar(4000),
    answered_by  varchar(64),
    answered_at  timestamptz
);

comment on table lawyer is 'owner: lawyers; a lawyer''s identity (licence no., firm, licence copy) and its verification';
comment on table lawyer_request is 'owner: lawyers; a lawyer''s request on a bound case with its legal clock and decision';
comment on table lawyer_request_step is 'owner: lawyers; every transition of a lawyer request, who and when';
comment on table reading_room_booking is 'owner: lawyers; an on-site file review slot in a unit''s reading room';
comment on table lawyer_file is 'owner: lawyers; the electronic file released for online review, and lawyers'' uploads';
comment on table lawyer_download_link is 'owner: lawyers; a seven-day link to the stamped electronic file';
comment on table lawyer_complaint is 'owner: lawyers; a complaint of obstruction (阻碍执业权利) with its ten-day clock';
