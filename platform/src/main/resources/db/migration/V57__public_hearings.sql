-- 公开审查 / 公开听证 / 公开答复 / 检察宣告 (seeds 000, 004): a unit schedules a public hearing of a case, draws
-- 人民监督员 at random from its roster, admits observers from the public and records the outcome in public wording.
create table people_supervisor (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null,
    name        varchar(50)  not null,
    mobile      varchar(20)  not null,
    occupation  varchar(100),
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    unique (unit_id, mobile)
);

create table public_hearing (
    id                 bigint generated always as identity primary key,
    unit_id            bigint        not null,
    case_id            bigint        not null,      -- the cases module's case; never shown on public pages
    kind               varchar(14)   not null,      -- REVIEW, HEARING, REPLY, ANNOUNCEMENT
    subject            varchar(300)  not null,      -- public wording, no personal data
    starts_at          timestamptz   not null,
    place              varchar(200)  not null,
    observers_admitted boolean       not null,
    observer_seats     int           not null check (observer_seats between 0 and 500),
    supervisors_needed int           not null check (supervisors_needed between 0 and 9),
    state              varchar(12)   not null,      -- SCHEDULED, ANNOUNCED, HELD, CANCELLED
    outcome            varchar(2000),               -- public wording, after the hearing
    created_by         varchar(100)  not null,
    created_at         timestamptz   not null,
    announced_at       timestamptz,
    closed_at          timestamptz
);
create index public_hearing_unit_idx on public_hearing (unit_id, starts_at);

create table hearing_supervisor (
    id            bigint generated always as identity primary key,
    hearing_id    bigint       not null references public_hearing (id),
    supervisor_id bigint       not null references people_supervisor (id),
    state         varchar(10)  not null,            -- INVITED, EXCUSED
    excuse        varchar(300),
    draw_seed     bigint       not null,            -- the SecureRandom seed of the draw that chose them (audited)
    drawn_by      varchar(100) not null,
    drawn_at      timestamptz  not null,
    unique (hearing_id, supervisor_id)              -- an excused supervisor is never drawn again for it
);

create table hearing_observer (
    id           bigint generated always as identity primary key,
    hearing_id   bigint       not null references public_hearing (id),
    applicant_id bigint       not null,
    visitor_name varchar(50)  not null,
    mobile       varchar(20)  not null,
    created_at   timestamptz  not null,
    unique (hearing_id, applicant_id)
);

comment on table people_supervisor is 'owner: hearings; a unit''s roster of 人民监督员 (name, mobile)';
comment on table public_hearing is 'owner: hearings; public hearings of a case by kind, with subject and outcome in public wording';
comment on table hearing_supervisor is 'owner: hearings; 人民监督员 drawn at random for a hearing, invited or excused';
comment on table hearing_observer is 'owner: hearings; members of the public admitted to observe a hearing';
