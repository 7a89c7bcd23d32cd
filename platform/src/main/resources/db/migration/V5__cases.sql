-- Cases: imported from the case-management system (统一业务应用系统) or recorded by hand, with one procedural record
-- per party (the upstream system keys them by suspect number), a timeline of events and compulsory measures.
create table criminal_case (
    id                bigint generated always as identity primary key,
    case_number       varchar(80)  not null unique,
    procuratorate_id  bigint       not null references procuratorate (id),
    case_type         varchar(32)  not null,
    charge            varchar(200),
    case_team         varchar(60),
    procurator        varchar(50),
    accepted_on       date,
    secret            boolean      not null default false,
    complex           boolean      not null default false,
    upstream_version  bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index criminal_case_unit_idx on criminal_case (procuratorate_id);

create table case_party (
    id             bigint generated always as identity primary key,
    case_id        bigint      not null references criminal_case (id) on delete cascade,
    party_no       varchar(40) not null,
    name           varchar(60) not null,
    role           varchar(32) not null,
    id_number      varchar(18),
    birth_date     date,
    nationality    varchar(40),
    official_rank  varchar(40),
    plea_agreement boolean     not null default false,
    offence_on     date,
    unique (case_id, party_no)
);

create table case_event (
    id                bigint generated always as identity primary key,
    case_id           bigint       not null references criminal_case (id) on delete cascade,
    party_id          bigint references case_party (id) on delete cascade,
    upstream_event_id varchar(80)  not null,
    event_type        varchar(48)  not null,
    occurred_on       date         not null,
    detail            varchar(500),
    recorded_by       varchar(64),
    recorded_at       timestamptz  not null,
    unique (case_id, upstream_event_id)
);
create index case_event_case_idx on case_event (case_id, occurred_on);

create table compulsory_measure (
    id          bigint generated always as identity primary key,
    case_id     bigint      not null references criminal_case (id) on delete cascade,
    party_id    bigint      not null references case_party (id) on delete cascade,
    kind        varchar(40) not null,
    started_on  date        not null,
    ended_on    date,
    upstream_id varchar(80) not null,
    unique (case_id, upstream_id)
);

-- Screening results: which versioned rule withheld or blocked which party's record, and any approved override.
create table screening_result (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references criminal_case (id) on delete cascade,
    party_id      bigint references case_party (id) on delete cascade,
    rule_id       varchar(60)  not null,
    rule_version  varchar(20)  not null,
    outcome       varchar(32)  not null check (outcome in ('WITHHELD_BY_LAW', 'BLOCKED_INCOMPLETE')),
    reason        varchar(300) not null,
    screened_at   timestamptz  not null
);
create index screening_result_case_idx on screening_result (case_id);

create table screening_override (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references criminal_case (id) on delete cascade,
    rule_id       varchar(60)  not null,
    reason        varchar(500) not null,
    requested_by  varchar(64)  not null,
    requested_at  timestamptz  not null,
    decided_by    varchar(64),
    decided_at    timestamptz,
    approved      boolean,
    unique (case_id, rule_id, requested_at)
);
