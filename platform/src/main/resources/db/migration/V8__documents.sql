-- Approval: a reusable chain of steps for any subject (legal documents now; releases and notices later). The chain's
-- roles are copied in when it starts, so a configuration change never re-routes an approval already under way.
create table approval (
    id             bigint generated always as identity primary key,
    subject_type   varchar(40)   not null,
    subject_id     bigint        not null,
    chain          varchar(40)   not null,
    label          varchar(300)  not null,
    unit_id        bigint        not null references procuratorate (id),
    steps          varchar(300)  not null,
    current_step   int           not null,
    status         varchar(20)   not null check (status in ('PENDING', 'APPROVED', 'RETURNED', 'CANCELLED')),
    content_hash   char(64)      not null,
    submitted_by   varchar(64)   not null,
    submitted_at   timestamptz   not null,
    due_on         date,
    finished_at    timestamptz
);
create index approval_subject_idx on approval (subject_type, subject_id);
create index approval_pending_idx on approval (unit_id) where status = 'PENDING';

-- Every step: who, when, decision, comment and the exact text version (its SHA-256) decided on.
create table approval_decision (
    id            bigint generated always as identity primary key,
    approval_id   bigint        not null references approval (id),
    step          int           not null,
    role          varchar(32)   not null,
    actor         varchar(64)   not null,
    decision      varchar(20)   not null check (decision in ('SUBMITTED', 'APPROVED', 'RETURNED', 'CANCELLED')),
    comment       varchar(1000),
    content_hash  char(64)      not null,
    decided_at    timestamptz   not null
);
create index approval_decision_idx on approval_decision (approval_id, id);

-- A legal document of a case, from upload to publication, withholding or withdrawal.
create table legal_document (
    id                  bigint generated always as identity primary key,
    case_id             bigint        not null references criminal_case (id),
    procuratorate_id    bigint        not null references procuratorate (id),
    document_number     varchar(80)   not null unique,
    document_type       varchar(40)   not null,
    status              varchar(20)   not null
        check (status in ('DRAFT', 'IN_APPROVAL', 'PUBLISHED', 'WITHHELD', 'WITHDRAWN')),
    original_text       text          not null,
    source_name         varchar(200),
    decided_on          date          not null,
    important           boolean       not null default false,
    public_title        varchar(300),
    redacted_text       text,
    refusals            varchar(2000) not null default '',
    withholding_reason  varchar(40),
    withholding_note    varchar(500),
    withheld_by         varchar(64),
    withheld_on         date,
    overdue_reported_on date,
    correction_reason   varchar(500),
    withdrawal_reason   varchar(500),
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    revision            int           not null default 0
);
create index legal_document_case_idx on legal_document (case_id);
create index legal_document_unit_idx on legal_document (procuratorate_id, status);

-- The engine's proposal and the reviewer's decisions, span by span, on the original text.
create table redaction_finding (
    id             bigint generated always as identity primary key,
    document_id    bigint        not null references legal_document (id),
    start_offset   int           not null,
    end_offset     int           not null,
    original       varchar(500)  not null,
    category       varchar(30)   not null,
    person_role    varchar(30),
    rule           varchar(80)   not null,
    confidence     numeric(4, 3) not null,
    replacement    varchar(200)  not null,
    accepted       boolean       not null,
    manual         boolean       not null default false,
    check (end_offset > start_offset)
);
create index redaction_finding_document_idx on redaction_finding (document_id, start_offset);

-- One pseudonym per person per case, the same in every document of the case.
create table case_pseudonym (
    case_id    bigint      not null references criminal_case (id),
    name       varchar(60) not null,
    pseudonym  varchar(20) not null,
    primary key (case_id, name),
    unique (case_id, pseudonym)
);

-- What the public sees: each published revision, never changed or deleted.
create table published_document (
    id               bigint generated always as identity primary key,
    document_id      bigint        not null references legal_document (id),
    revision         int           not null,
    procuratorate_id bigint        not null references procuratorate (id),
    document_type    varchar(40)   not null,
    document_number  varchar(80)   not null,
    channel          varchar(10)   not null check (channel in ('INTERNET', 'KIOSK')),
    public_title     varchar(300)  not null,
    text             text          not null,
    text_sha256      char(64)      not null,
    charge           varchar(200),
    decided_on       date          not null,
    published_on     date          not null,
    published_at     timestamptz   not null,
    published_by     varchar(64)   not null,
    approval_id      bigint        not null references approval (id),
    unique (document_id, revision)
);
create index published_document_public_idx on published_document (channel, published_on desc);

create function published_document_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'published_document rows are immutable (withdraw or correct through the document instead)';
end $$;
create trigger published_document_immutable before update or delete on published_document
    for each row execute function published_document_is_immutable();

-- The public correction log: every withdrawal and correction, with its reason.
create table document_correction (
    id              bigint generated always as identity primary key,
    document_id     bigint        not null references legal_document (id),
    kind            varchar(20)   not null check (kind in ('WITHDRAWN', 'CORRECTED')),
    reason          varchar(500)  not null,
    decided_by      varchar(64)   not null,
    ordered_by_unit bigint references procuratorate (id),
    occurred_at     timestamptz   not null
);
create index document_correction_idx on document_correction (document_id);
