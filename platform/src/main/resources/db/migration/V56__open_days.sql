-- 检察开放日 (seed 000 §(六), RULES §7): a unit schedules an open day, publishes it, and the public books seats.
-- Capacity is enforced by locking the open day's row while a booking counts the seats taken.
create table open_day (
    id               bigint generated always as identity primary key,
    unit_id          bigint       not null,
    theme            varchar(200) not null,
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    place            varchar(200) not null,
    capacity         int          not null check (capacity between 1 and 2000),
    booking_deadline timestamptz  not null,
    state            varchar(12)  not null,          -- SCHEDULED, PUBLISHED, CANCELLED, HELD
    cancel_reason    varchar(500),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    published_at     timestamptz,
    closed_at        timestamptz,
    check (starts_at < ends_at and booking_deadline <= starts_at)
);
create index open_day_unit_idx on open_day (unit_id, starts_at);

create table open_day_booking (
    id           bigint generated always as identity primary key,
    open_day_id  bigint       not null references open_day (id),
    applicant_id bigint       not null,               -- the access module's signed-in applicant (SMS code)
    visitor_name varchar(50)  not null,
    mobile       varchar(20)  not null,
    party_size   int          not null check (party_size between 1 and 5),
    state        varchar(12)  not null,               -- BOOKED, CANCELLED
    created_at   timestamptz  not null,
    cancelled_at timestamptz,
    reminded_at  timestamptz
);
-- One live booking per person and open day; a cancelled one may be booked again.
create unique index open_day_booking_once on open_day_booking (open_day_id, applicant_id) where state = 'BOOKED';

comment on table open_day is 'owner: hearings; 检察开放日 scheduled, published, cancelled or held by a unit';
comment on table open_day_booking is 'owner: hearings; seats booked by the public for an open day (name, mobile, party size)';
