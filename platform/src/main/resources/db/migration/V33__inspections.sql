-- Inspections (issue 20, seed 000/001, ADR 26): the half-yearly check of a unit by the inspector role — a
-- checklist from the settings, findings, required corrections with a due date and a responsible unit — and
-- corrections an upper unit orders in a lower one, followed up until the ordering unit confirms them done.

create table inspection (
    id            bigserial    primary key,
    unit_id       bigint       not null,
    inspector_unit_id bigint   not null,
    year          int          not null,
    half          int          not null check (half in (1, 2)),
    status        varchar(20)  not null check (status in ('RECORDING', 'COMPLETED')),
    opened_by     varchar(100) not null,
    opened_at     timestamptz  not null,
    completed_by  varchar(100),
    completed_at  timestamptz,
    summary       text,
    unique (unit_id, year, half)
);

create table inspection_check (
    inspection_id bigint       not null references inspection (id),
    item          varchar(60)  not null,
    result        varchar(20)  not null check (result in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note          text,
    checked_by    varchar(100) not null,
    checked_at    timestamptz  not null,
    primary key (inspection_id, item)
);

create table inspection_finding (
    id            bigserial    primary key,
    inspection_id bigint       not null references inspection (id),
    text          text         not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null
);

create table correction_order (
    id               bigserial    primary key,
    inspection_id    bigint       references inspection (id),
    finding_id       bigint       references inspection_finding (id),
    ordering_unit_id bigint       not null,
    unit_id          bigint       not null,
    requirement      text         not null,
    document_id      bigint,
    document_number  varchar(80),
    due_on           date         not null,
    status           varchar(20)  not null check (status in ('ORDERED', 'REPORTED', 'CONFIRMED')),
    ordered_by       varchar(100) not null,
    ordered_at       timestamptz  not null,
    reported_note    text,
    confirmed_at     timestamptz
);
create index correction_order_unit on correction_order (unit_id, status);
create index correction_order_ordering on correction_order (ordering_unit_id, status);
create index correction_order_open on correction_order (due_on) where status = 'ORDERED';

create table correction_step (
    id            bigserial    primary key,
    correction_id bigint       not null references correction_order (id),
    action        varchar(20)  not null check (action in ('ORDERED', 'REPORTED', 'CONFIRMED', 'REOPENED', 'REMINDED')),
    actor         varchar(100) not null,
    note          text,
    at            timestamptz  not null
);
create index correction_step_correction on correction_step (correction_id, id);

comment on table inspection is 'owner: statistics; the half-yearly inspection (监督检查) of a unit';
comment on table inspection_check is 'owner: statistics; one checklist item of an inspection and its result';
comment on table inspection_finding is 'owner: statistics; a finding (存在的问题) recorded in an inspection';
comment on table correction_order is 'owner: statistics; a correction an upper unit or an inspection requires of a unit, with its due date';
comment on table correction_step is 'owner: statistics; the log of a correction: ordered, reported done, confirmed, reopened, reminded';
