-- Archives (ADR 25): the quarterly archive package of a unit (立卷, seed 001) and the annual 检务公开 report.

-- A generated package is a revision: never changed, never deleted; regenerating adds the next revision.
create table archive_package (
    id              bigserial primary key,
    unit_id         bigint       not null,
    year            int          not null check (year between 2000 and 2100),
    quarter         int          not null check (quarter between 1 and 4),
    revision        int          not null check (revision > 0),
    file_count      int          not null,
    zip             bytea        not null,
    zip_sha256      char(64)     not null,
    manifest_sha256 char(64)     not null,
    complete        boolean      not null, -- generated after the quarter ended (else: the quarter so far)
    generated_at    timestamptz  not null,
    generated_by    varchar(100) not null,
    unique (unit_id, year, quarter, revision)
);
create index archive_package_unit on archive_package (unit_id, year desc, quarter desc);

create function archives_package_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'archive package % is immutable: generate a new revision instead', old.id;
end $$;
create trigger archive_package_frozen before update or delete on archive_package
    for each row execute function archives_package_is_immutable();

-- A generation run (the scheduled one or one asked for in the console), with its progress.
create table archive_job (
    id           bigserial primary key,
    unit_id      bigint       not null,
    year         int          not null,
    quarter      int          not null,
    requested_by varchar(100) not null,
    status       varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    done         int          not null default 0,
    total        int          not null default 0,
    package_id   bigint references archive_package (id),
    error        varchar(500),
    started_at   timestamptz  not null,
    finished_at  timestamptz
);
create index archive_job_unit on archive_job (unit_id, started_at desc);

-- The annual report: text sections written by 案管, figures computed (frozen at submission).
create table annual_report (
    id              bigserial primary key,
    unit_id         bigint       not null,
    year            int          not null check (year between 2000 and 2100),
    status          varchar(12)  not null check (status in ('DRAFT', 'IN_APPROVAL', 'PUBLISHED')),
    active_text     text         not null,
    request_text    text         not null,
    objection_text  text         not null,
    problems_text   text         not null,
    oversight_text  text         not null,
    figures         text         not null,
    content_sha256  char(64),
    drafted_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    published_at    timestamptz,
    unique (unit_id, year)
);

create function archives_published_report_is_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'annual report % is published and cannot change', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger annual_report_frozen before update or delete on annual_report
    for each row execute function archives_published_report_is_immutable();

comment on table archive_package is 'owner: archives; a quarterly archive package (立卷) of a unit: ZIP of PDF/A files with a SHA-256 manifest, immutable, one row per revision';
comment on table archive_job is 'owner: archives; a run generating an archive package, with its progress';
comment on table annual_report is 'owner: archives; the annual 检务公开 report of a unit: editable sections, computed figures, published through approval';
