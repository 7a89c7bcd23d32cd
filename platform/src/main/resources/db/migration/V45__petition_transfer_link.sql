-- 移送 (第一百六十一条, issue 19): the matter registered at the receiving unit names the one it was transferred from, so
-- both units show the link and the petitioner (an anonymous reporter with the old query code and password too)
-- follows it to the receiving unit's replies.
alter table petition add column transferred_from bigint references petition (id);
create index petition_transferred_from on petition (transferred_from) where transferred_from is not null;
