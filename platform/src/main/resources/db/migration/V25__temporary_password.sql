-- A password an administrator typed for someone else is temporary: its holder must choose their own at the first
-- login before any other console page opens (issue 15). Demo and installer passwords are not.
alter table staff_credential add column password_temporary boolean not null default false;
