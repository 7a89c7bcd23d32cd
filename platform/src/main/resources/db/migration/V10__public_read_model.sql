-- The public read model: what a public node holds, referring only to public tables (ADR 11). A document's public
-- record (its unit, the case it groups with for "related documents", whether it was withdrawn) moves out of
-- legal_document, so published_document and document_correction no longer need the internal tables; a public node
-- receives these rows in transfer packages and its legal_document, approval and case tables stay empty.
create table public_document (
    document_id      bigint        primary key,
    procuratorate_id bigint        not null references procuratorate (id),
    case_ref         bigint        not null, -- an id only, to group one case's documents; no case data
    withdrawn_at     timestamptz
);
create index public_document_case_idx on public_document (case_ref);

insert into public_document (document_id, procuratorate_id, case_ref, withdrawn_at)
select d.id, d.procuratorate_id, d.case_id, case when d.status = 'WITHDRAWN' then d.updated_at end
from legal_document d where exists (select 1 from published_document pd where pd.document_id = d.id);

alter table published_document drop constraint published_document_document_id_fkey;
alter table published_document drop constraint published_document_approval_id_fkey;
alter table published_document
    add constraint published_document_public_fkey foreign key (document_id) references public_document (document_id);
alter table document_correction drop constraint document_correction_document_id_fkey;
alter table document_correction
    add constraint document_correction_public_fkey foreign key (document_id) references public_document (document_id);
-- A release names its case by id only (a public node has no case tables).
alter table case_release drop constraint case_release_case_id_fkey;

-- Transfer between an internal and a public node (signed one-way packages).
-- What changed since the last package: filled after commit from the modules' events, read by the exporter.
create table transfer_outbox (
    id        bigint generated always as identity primary key,
    kind      varchar(20)  not null,
    ref_id    bigint       not null,
    queued_at timestamptz  not null
);
-- Packages this node wrote, and what the other side acknowledged of them.
create table transfer_sent (
    sequence        bigint       primary key,
    created_at      timestamptz  not null,
    records         int          not null,
    last_outbox_id  bigint       not null,
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    applied         int,
    rejected        int,
    report          text
);
-- Packages this node applied (or is applying): next_record makes a crash resume at the record it stopped on.
create table transfer_received (
    source      varchar(40)  not null,
    sequence    bigint       not null,
    created_at  timestamptz  not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    records     int          not null,
    next_record int          not null default 0,
    applied     int          not null default 0,
    rejected    int          not null default 0,
    report      text         not null default '',
    acknowledged boolean     not null default false,
    primary key (source, sequence)
);
-- Packages refused as a whole (bad signature, changed or missing file, truncated archive, replay), kept for the
-- status page; nothing of them was applied.
create table transfer_refusal (
    id         bigint generated always as identity primary key,
    package    varchar(200) not null,
    reason     varchar(40)  not null,
    detail     varchar(500) not null,
    refused_at timestamptz  not null
);
