-- Access across a split deployment (ADR 11): applicants sign in and apply on the public node; the application and
-- its materials cross to the internal node, 案管 decides there, and the decision (with the grant and a copy of the
-- one party's disclosure the grant needs) crosses back. The access tables therefore name cases and parties by id
-- only (the access module checks them through Cases), and each side remembers the other's id.
alter table access_application drop constraint access_application_case_id_fkey;
alter table access_application drop constraint access_application_party_id_fkey;
alter table case_access_grant drop constraint case_access_grant_case_id_fkey;
alter table case_access_grant drop constraint case_access_grant_party_id_fkey;
alter table access_application add column origin_ref bigint unique; -- on the internal node: the public node's id
alter table application_material add column origin_ref bigint;      -- likewise, per material

-- On a public node: what a grant shows of one party's record (the seven items), as the internal node assembled it.
create table party_disclosure_copy (
    case_id     bigint       not null,
    party_id    bigint       not null,
    case_number varchar(80)  not null,
    party_name  varchar(60)  not null,
    revision    bigint       not null,
    disclosure  text         not null,
    copied_at   timestamptz  not null,
    primary key (case_id, party_id)
);

-- On the internal node: the case revision whose copy was last queued for a public node's grant; an import or a
-- hand-recorded event bumps the case's revision (V7), and the next export sends the party's copy again.
alter table case_access_grant add column copied_revision bigint;
