-- Public hearings on a split deployment (ADR 28), as open days: an announced hearing (later its outcome or its
-- cancellation) is listed on the public node; an application to observe made there is a request that crosses
-- inside, where the observer seats are counted, and the answer crosses back.
-- On the public node: the internal node's id of a hearing and its observers admitted as of its last package; the
-- case stays inside (no case id there).
alter table public_hearing add column origin_id bigint;
create unique index public_hearing_origin on public_hearing (origin_id) where origin_id is not null;
alter table public_hearing add column observers_confirmed int not null default 0;
alter table public_hearing alter column case_id drop not null;
-- ADMITTED, or on the public node REQUESTED until the answer comes, or REFUSED (with the reason).
alter table hearing_observer add column state varchar(10) not null default 'ADMITTED';
alter table hearing_observer add column refusal varchar(200);
-- On the internal node: the public node's id and random key of an application made there (known by the key, as
-- open day bookings in V58); it has no applicant here.
alter table hearing_observer add column public_key uuid not null default gen_random_uuid();
alter table hearing_observer add column origin_id bigint;
alter table hearing_observer add column origin_key uuid;
create unique index hearing_observer_origin on hearing_observer (origin_key) where origin_key is not null;
alter table hearing_observer alter column applicant_id drop not null;
