-- Petitions across a split deployment (issue 19, ADR 16): filed on the public node, handled inside, replies back.
-- The query code is the matter's identity on both nodes; a matter filed outside is told about from outside only.
alter table petition add column filed_outside boolean not null default false;
-- On the public node, the internal node's id of each reply, so a reply arriving twice is kept once.
alter table petition_reply add column origin_id bigint;
create unique index petition_reply_origin on petition_reply (petition_id, origin_id) where origin_id is not null;
