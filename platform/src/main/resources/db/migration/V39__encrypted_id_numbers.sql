-- Full ID numbers of parties and lawyers are stored encrypted (AES-256-GCM, key outside the database, ADR 27):
-- '<key id>:<base64>'. Values stored in clear before are encrypted at the next start. (Petitioners' follow when
-- a petitions migration after V40, which creates their table, widens the column.)
alter table case_party alter column id_number type varchar(200);
alter table lawyer alter column id_number type varchar(200);
