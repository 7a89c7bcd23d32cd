-- Satisfaction survey (issue 20, seed 003): the case record says which party is a 举报人 (never surveyed, whatever
-- their role) and which witness is a key witness (关键证人, surveyed). Both default to false for records imported
-- before the case-management system sent them.
alter table case_party add column reporter boolean not null default false;
alter table case_party add column key_witness boolean not null default false;
