-- Receptions and 行贿犯罪档案查询 on a split deployment (issue 19, ADR 16), as petitions: the public node lists the
-- reception days published inside and takes bookings and check requests; they cross inside to be handled, and a
-- check's answer crosses back, where the 告知函 is read and its code verified.
-- On the public node: the internal node's id of a reception day.
alter table reception_day add column origin_id bigint;
create unique index reception_day_origin on reception_day (origin_id) where origin_id is not null;
-- On the internal node: the public node's id of a booking or a check, so the same one arriving twice is one.
alter table reception_booking add column origin_id bigint;
create unique index reception_booking_origin on reception_booking (origin_id) where origin_id is not null;
alter table bribery_check add column origin_id bigint;
alter table bribery_check add column filed_outside boolean not null default false;
create unique index bribery_check_origin on bribery_check (origin_id) where origin_id is not null;
