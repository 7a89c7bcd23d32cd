-- The accountability ledger (issue 20, ADR 17): one entry per legal document that became due,
-- moved by publication, withholding, withdrawal and correction; the monthly plan frozen on the 1st;
-- the monthly report (实名通报) with its named entries and disputes.

create table ledger_entry (
    document_id       bigint       primary key,
    case_id           bigint       not null,
    unit_id           bigint       not null,
    document_number   varchar(80)  not null,
    doc_type          varchar(40)  not null,
    channel           varchar(20)  not null,
    handler           varchar(100) not null,
    department_id     bigint,
    publishable_from  date         not null,
    due_on            date         not null,
    due_month         date         not null,
    state             varchar(20)  not null check (state in ('OPEN', 'PUBLISHED', 'WITHHELD', 'WITHDRAWN')),
    published_on      date,
    withheld_reason   varchar(40),
    withdrawn_on      date,
    withdrawal_reason text,
    revisions         int          not null default 0,
    updated_at        timestamptz  not null
);
create index ledger_entry_month on ledger_entry (due_month, unit_id);
create index ledger_entry_open on ledger_entry (unit_id, due_on) where state = 'OPEN';

create table ledger_movement (
    id          bigserial    primary key,
    document_id bigint       not null,
    kind        varchar(30)  not null,
    event_key   varchar(160) not null unique,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    occurred_on date         not null,
    recorded_at timestamptz  not null
);
create index ledger_movement_document on ledger_movement (document_id, id);

create table monthly_plan (
    month     date        primary key,
    frozen_at timestamptz not null,
    planned   int         not null,
    carried   int         not null
);

create table monthly_plan_item (
    month       date    not null references monthly_plan (month),
    document_id bigint  not null,
    unit_id     bigint  not null,
    carried     boolean not null,
    primary key (month, document_id)
);
create index monthly_plan_item_unit on monthly_plan_item (month, unit_id);

create table monthly_report (
    id             bigserial   primary key,
    unit_id        bigint      not null,
    month          date        not null,
    status         varchar(20) not null check (status in ('DRAFT', 'IN_APPROVAL', 'PUBLISHED')),
    content_sha256 varchar(64) not null,
    drafted_at     timestamptz not null,
    published_at   timestamptz,
    unique (unit_id, month)
);

create table monthly_report_line (
    report_id     bigint        not null references monthly_report (id),
    unit_id       bigint        not null,
    unit_name     varchar(200)  not null,
    due           int           not null,
    published     int           not null,
    withheld      int           not null,
    non_compliant int           not null,
    overdue       int           not null,
    on_time       int           not null,
    rate          numeric(6, 4),
    ranking       int           not null,
    primary key (report_id, unit_id)
);

create table named_entry (
    id              bigserial    primary key,
    report_id       bigint       not null references monthly_report (id),
    document_id     bigint       not null,
    unit_id         bigint       not null,
    document_number varchar(80)  not null,
    reason          varchar(20)  not null check (reason in ('OVERDUE', 'NON_COMPLIANT')),
    handler         varchar(100) not null,
    handler_name    varchar(100) not null,
    department_head varchar(200),
    due_on          date         not null,
    repeated        boolean      not null,
    unique (report_id, document_id)
);
create index named_entry_handler on named_entry (handler);

create table report_dispute (
    id                  bigserial    primary key,
    named_entry_id      bigint       not null references named_entry (id),
    raised_by           varchar(100) not null,
    reason              text         not null,
    raised_at           timestamptz  not null,
    status              varchar(20)  not null check (status in ('OPEN', 'UPHELD', 'REJECTED')),
    decided_by          varchar(100),
    decision_note       text,
    decided_at          timestamptz,
    corrected_in_report bigint references monthly_report (id)
);

comment on table ledger_entry is 'owner: statistics; one entry per legal document that became due, moved by publication, withholding, withdrawal and correction';
comment on table ledger_movement is 'owner: statistics; the log of events that moved a ledger entry (unique per event: idempotent)';
comment on table monthly_plan is 'owner: statistics; the monthly plan (月初计划数) frozen on the 1st';
comment on table monthly_plan_item is 'owner: statistics; the documents behind a frozen monthly plan';
comment on table monthly_report is 'owner: statistics; the monthly report (实名通报) of a province or city';
comment on table monthly_report_line is 'owner: statistics; the frozen figures of one unit in a monthly report';
comment on table named_entry is 'owner: statistics; a unit and responsible person named in a monthly report';
comment on table report_dispute is 'owner: statistics; a dispute of a named entry and its decision';

-- A published report's figures and names never change: a correction is a later report's log.
create function statistics_published_report_is_immutable() returns trigger language plpgsql as $$
declare
    rid bigint;
begin
    if tg_table_name = 'monthly_report' then
        rid := old.id;
    else
        rid := old.report_id;
    end if;
    if exists (select 1 from monthly_report where id = rid and status = 'PUBLISHED') then
        raise exception 'monthly report % is published and cannot change', rid;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger monthly_report_line_frozen before update or delete on monthly_report_line
    for each row execute function statistics_published_report_is_immutable();
create trigger named_entry_frozen before update or delete on named_entry
    for each row execute function statistics_published_report_is_immutable();
create trigger monthly_report_frozen before update or delete on monthly_report
    for each row execute function statistics_published_report_is_immutable();

-- Entries carried over from the previous platform (or the demo's year of history): kept as recorded,
-- outside the rebuild and the drift check, under negative ids that no document has.
alter table ledger_entry add column source varchar(20) not null default 'DOCUMENTS'
    check (source in ('DOCUMENTS', 'HISTORY'));
alter table ledger_entry add constraint ledger_entry_history_ids
    check ((source = 'HISTORY') = (document_id < 0));
create index monthly_plan_item_carried on monthly_plan_item (month) where carried;
