-- One word for a record held from the other node: replica (glossary, ADR 13), never "copy".
alter table party_disclosure_copy rename to party_disclosure_replica;
comment on table party_disclosure_replica is
    'owner: cases; on a public node, the replica of one party''s disclosure a grant shows';
