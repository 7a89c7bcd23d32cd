-- 行贿犯罪档案查询 (row 27) and 院领导接访 / 视频接访 (row 26), issue 19.
create table bribery_check (
    id                bigserial    primary key,
    unit_id           bigint       not null,
    applicant_id      bigint       not null,
    requester         varchar(200) not null,
    names             varchar(2000) not null,
    purpose           varchar(500) not null,
    state             varchar(20)  not null,
    found             boolean,
    finding           varchar(2000),
    verification_code varchar(20)  unique,
    received_on       date         not null,
    due_on            date         not null,
    answered_on       date,
    answered_by       varchar(100),
    created_at        timestamptz  not null
);
create index bribery_check_unit on bribery_check (unit_id, state);

create table reception_day (
    id          bigserial    primary key,
    unit_id     bigint       not null,
    day         date         not null,
    starts_at   time         not null,
    ends_at     time         not null,
    leader      varchar(100) not null,
    slots       int          not null,
    video       boolean      not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);
create index reception_day_unit on reception_day (unit_id, day);

create table reception_booking (
    id               bigserial    primary key,
    reception_day_id bigint       not null references reception_day (id),
    applicant_id     bigint       not null,
    petition_id      bigint       not null references petition (id),
    video            boolean      not null,
    meeting_link     varchar(500),
    created_at       timestamptz  not null,
    unique (reception_day_id, applicant_id)
);

comment on table bribery_check is 'owner: petitions; 行贿犯罪档案查询 requests, their findings and the verification codes of the result letters';
comment on table reception_day is 'owner: petitions; the published 院领导接访日 of each unit, in person or by video';
comment on table reception_booking is 'owner: petitions; who booked a reception slot, the matter registered for it and the video link';
