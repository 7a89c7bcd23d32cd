-- Satisfaction survey (issue 20, seed 003): on a set day each month, people of the cases concluded in the month
-- before are asked by SMS (or a one-time web form) to rate four dimensions; a 不满意 opens a follow-up for the unit.
-- Results are read as counts per unit and department: nothing here is shown next to a respondent.
create table survey_round (
    id              bigint generated always as identity primary key,
    month           date        not null unique,  -- the first of the month the round belongs to
    held_on         date        not null,         -- the survey day (the 23rd unless configured)
    concluded_from  date        not null,
    concluded_to    date        not null,
    held_at         timestamptz not null
);

create table survey_invitation (
    id             bigint generated always as identity primary key,
    round_id       bigint      not null references survey_round (id),
    case_id        bigint      not null,
    case_number    varchar(80) not null,
    unit_id        bigint      not null,
    department_id  bigint,
    respondent     varchar(20) not null,          -- PARTY, DEFENCE_COUNSEL or KEY_WITNESS: a kind, never a person
    recipient      varchar(40) not null,          -- party:<id> or applicant:<id>, for the notification only
    mobile         varchar(20) not null,
    token_hash     char(64)    not null unique,   -- SHA-256 of the web form's token; the token is only in the SMS
    status         varchar(20) not null,          -- ASKED, ANSWERED, OPTED_OUT
    sent_at        timestamptz not null,
    answer_by      date        not null,
    answered_at    timestamptz,
    channel        varchar(10),                   -- SMS or WEB
    s_procedure    smallint check (s_procedure between 1 and 3),
    s_ability      smallint check (s_ability between 1 and 3),
    s_civility     smallint check (s_civility between 1 and 3),
    s_integrity    smallint check (s_integrity between 1 and 3),
    bad_replies    int         not null default 0,
    help_sent_at   timestamptz,
    unique (case_id, mobile)                      -- nobody is asked twice about one case
);
create index survey_invitation_round_idx on survey_invitation (round_id, unit_id);
create index survey_invitation_mobile_idx on survey_invitation (mobile, status);

create table survey_opt_out (
    mobile        varchar(20) primary key,
    opted_out_at  timestamptz not null,
    via           varchar(20) not null
);

create table survey_follow_up (
    id             bigint generated always as identity primary key,
    invitation_id  bigint       not null unique references survey_invitation (id),
    unit_id        bigint       not null,
    department_id  bigint,
    case_id        bigint       not null,
    case_number    varchar(80)  not null,
    dimensions     varchar(100) not null,          -- the dimensions rated 不满意, comma separated
    opened_on      date         not null,
    due_on         date         not null,
    closed_at      timestamptz,
    closed_by      varchar(64),
    note           varchar(1000)
);
create index survey_follow_up_unit_idx on survey_follow_up (unit_id, closed_at);

comment on table survey_round is 'owner: surveys; one satisfaction survey round per month and the conclusion window it asked about';
comment on table survey_invitation is 'owner: surveys; one person asked about one concluded case, and their answer';
comment on table survey_opt_out is 'owner: surveys; mobile numbers that replied TD to a survey and are never asked again';
comment on table survey_follow_up is 'owner: surveys; a unit''s follow-up of a dissatisfied survey answer, due in two working days';
