-- An application's identity across nodes is a random key made where it was filed, not its id: a public node rebuilt
-- from backup (or a second one) numbers its applications again from 1, and a decision must never land on someone
-- else's application.
alter table access_application add column public_key uuid not null default gen_random_uuid();
alter table access_application add column origin_key uuid unique;
