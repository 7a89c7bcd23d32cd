-- TOTP secrets are stored encrypted (AES-256-GCM, key outside the database, ADR 27): '<key id>:<base64>'.
alter table staff_credential alter column totp_secret type varchar(200);
