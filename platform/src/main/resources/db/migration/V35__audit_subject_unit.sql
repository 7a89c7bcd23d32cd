-- The unit whose case a look concerned, when the one looking belongs to no unit (a party on the
-- web, a kiosk, the API): so a county's audit view and its query figures include the public's
-- looks at its own cases, not only a province's. Null for staff (their own unit says it) and for
-- entries about no unit's record.
alter table audit_entry add column subject_unit bigint;
create index audit_entry_subject_unit_idx on audit_entry (subject_unit, occurred_at)
    where subject_unit is not null;
