-- 检察开放日 on a split deployment (ADR 28): an open day published inside is listed on the public node; a booking
-- made there is a request that crosses inside, where the open day's seats are counted (the internal node's truth),
-- and the answer (booked or refused) crosses back to tell the visitor.
-- On the public node: the internal node's id of an open day, and the seats booked there as of its last package.
alter table open_day add column origin_id bigint;
create unique index open_day_origin on open_day (origin_id) where origin_id is not null;
alter table open_day add column seats_confirmed int not null default 0;
-- Every booking has a random key made where it was made. On the internal node a booking made on the public node
-- keeps that node's id and key (origin_id, origin_key); it is known by the key, never the id alone, since a rebuilt
-- public node numbers from 1 again (as access applications, V13). The internal node does not know the public
-- node's applicants, so such a booking has no applicant_id and is told nothing from inside.
alter table open_day_booking add column public_key uuid not null default gen_random_uuid();
alter table open_day_booking add column origin_id bigint;
alter table open_day_booking add column origin_key uuid;
create unique index open_day_booking_origin on open_day_booking (origin_key) where origin_key is not null;
alter table open_day_booking alter column applicant_id drop not null;
-- Why a request was refused inside (seats gone, booking closed), told to the visitor outside.
alter table open_day_booking add column refusal varchar(200);
-- One live booking or pending request per person and open day (states now BOOKED, REQUESTED, REFUSED, CANCELLED).
drop index open_day_booking_once;
create unique index open_day_booking_once on open_day_booking (open_day_id, applicant_id)
    where state in ('BOOKED', 'REQUESTED');
