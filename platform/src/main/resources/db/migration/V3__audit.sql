-- Audit log: append-only record of staff actions and of every view of personal data.
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    actor_unit   bigint,
    action       varchar(64)  not null,
    subject_type varchar(64)  not null,
    subject_id   varchar(64),
    detail       varchar(1000),
    channel      varchar(16)  not null,
    request_id   varchar(64)
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);
create index audit_entry_time_idx on audit_entry (occurred_at);

-- Demo data sets applied once per database, so a second start never duplicates them.
create table demo_data_set (
    name       varchar(64) primary key,
    loaded_at  timestamptz not null
);
