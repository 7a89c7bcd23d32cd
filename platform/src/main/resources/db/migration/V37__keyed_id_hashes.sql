-- ID-number hashes are keyed (HMAC-SHA256 with a key outside the database, ADR 27) and name their key:
-- '<key id>:<hex>', or '<old>.<new>:<hex>' after a rotation. Plain SHA-256 values from before are keyed at the
-- next start (HMAC over the stored hash, so no ID number is needed).
alter table access_application alter column id_number_hash type varchar(300);
alter table case_access_grant alter column id_number_hash type varchar(300);
