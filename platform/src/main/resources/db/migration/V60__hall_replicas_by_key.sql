-- A reception booking's or a bribery check's identity across nodes is a random key made where it was made (as access
-- applications, V13, and open-day bookings, V58), not its id (V46): a public node rebuilt from backup, or a second
-- one, numbers from 1 again, so by id alone a booking or check from it was dropped inside as "already here", and an
-- answer crossing back landed on whichever check outside had that id (someone else's, with their finding).
-- Where it was made: public_key. Inside, for one made outside: origin_key (origin_id stays, for reading only).
alter table reception_booking add column public_key uuid not null default gen_random_uuid();
alter table reception_booking add column origin_key uuid;
drop index reception_booking_origin;
create unique index reception_booking_origin on reception_booking (origin_key) where origin_key is not null;
-- One booking per person and day is each node's rule for its own applicants; the applicant ids of bookings made
-- outside are another node's numbers and say nothing about who else booked the day inside.
alter table reception_booking drop constraint reception_booking_reception_day_id_applicant_id_key;
create unique index reception_booking_once on reception_booking (reception_day_id, applicant_id) where origin_id is null;
alter table bribery_check add column public_key uuid not null default gen_random_uuid();
alter table bribery_check add column origin_key uuid;
drop index bribery_check_origin;
create unique index bribery_check_origin on bribery_check (origin_key) where origin_key is not null;
