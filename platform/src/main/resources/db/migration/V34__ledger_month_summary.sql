-- Dashboard speed (ADR 17, measured): each closed month's figures per unit and type, kept as a summary so the
-- province's dashboard and its twelve-month trend read a few thousand rows instead of aggregating 300,000.
-- A month's summary is valid for one version of that month: every write to a ledger entry bumps the version
-- of the months it counts in (its due month and the plans that carried it), and a reader recomputes a month
-- whose summary is older than its version. The current month is never summarised (its figures move daily).
create table ledger_month_version (
    month   date   primary key,
    version bigint not null
);

create table ledger_month_summary (
    month         date        not null,
    unit_id       bigint      not null,
    doc_type      varchar(40) not null,
    due           int         not null,
    planned       int         not null,
    published     int         not null,
    withheld      int         not null,
    non_compliant int         not null,
    overdue       int         not null,
    pending       int         not null,
    on_time       int         not null,
    primary key (month, unit_id, doc_type)
);

create table ledger_month_summarised (
    month         date        primary key,
    version       bigint      not null,
    summarised_at timestamptz not null
);

comment on table ledger_month_version is 'owner: statistics; a version per month, bumped by every write to a ledger entry counted in it';
comment on table ledger_month_summary is 'owner: statistics; a closed month''s figures per unit and document type (the dashboard''s summary)';
comment on table ledger_month_summarised is 'owner: statistics; which version of a month the summary was computed from';
