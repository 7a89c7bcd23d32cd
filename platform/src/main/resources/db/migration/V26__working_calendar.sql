-- Holidays and make-up working days (调休) that administrators set in the console on top of the
-- sunshine.calendar.* settings (issue 15, ADR 21). One row per marked day; every change is kept.
create table calendar_day (
    day        date primary key,
    mark       varchar(16)  not null check (mark in ('HOLIDAY', 'WORKDAY')),
    reason     varchar(200) not null,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null
);
comment on table calendar_day is 'owner: cases; the days administrators marked 节假日 or 调休上班, laid over the configured calendar';

create table calendar_change (
    id         bigserial primary key,
    day        date         not null,
    mark       varchar(16)  not null check (mark in ('HOLIDAY', 'WORKDAY', 'CLEARED')),
    reason     varchar(200) not null,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null
);
create index calendar_change_recent on calendar_change (changed_at desc);
comment on table calendar_change is 'owner: cases; every change administrators made to the working calendar, newest last';
