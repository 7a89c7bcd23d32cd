-- Petitioners' ID numbers are stored encrypted like parties' and lawyers' (AES-256-GCM, key outside the database,
-- ADR 27): '<key id>:<base64>', bound to the petition. Values stored in clear before are encrypted at the next start.
alter table petitioner alter column id_number type varchar(200);
