-- Important case information (重要案件信息): drafted by the handling department, approved (escalating to upper units
-- for major, sensitive or supervised cases), published by the press office, pinned by level until a date, withdrawn
-- only with a public reason. The URL of a release never changes.
create table case_release (
    id                 bigint generated always as identity primary key,
    procuratorate_id   bigint        not null references procuratorate (id),
    category           varchar(40)   not null,
    title              varchar(200)  not null,
    body               text          not null,
    case_id            bigint references criminal_case (id),
    status             varchar(20)   not null
        check (status in ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    escalation         varchar(20)   not null default 'NONE' check (escalation in ('NONE', 'UPPER', 'SUPREME')),
    approval_unit_id   bigint references procuratorate (id),
    pin_level          int           not null default 0,
    pinned_until       date,
    published_on       date,
    published_at       timestamptz,
    published_by       varchar(64),
    withdrawal_reason  varchar(500),
    withdrawn_at       timestamptz,
    created_by         varchar(64)   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index case_release_public_idx on case_release (status, published_on desc);
create index case_release_unit_idx on case_release (procuratorate_id);
