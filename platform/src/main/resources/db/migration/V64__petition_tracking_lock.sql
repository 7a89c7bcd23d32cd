-- A reporter tracks a matter with its query code and password (ADR 16). The per-address limit alone let someone who
-- holds a code try passwords from many addresses; now wrong passwords in a row lock the code for a while.
alter table petition add column track_failures smallint not null default 0;
alter table petition add column track_locked_until timestamptz;
