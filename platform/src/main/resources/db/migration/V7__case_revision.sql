-- Every change to what a case shows bumps its revision, whatever code path made it (import fast path, console,
-- screening, overrides), so a cached party disclosure is used only while its revision is current.
alter table criminal_case add column revision bigint not null default 0;

create function bump_case_revision_new() returns trigger language plpgsql as $$
begin
    update criminal_case set revision = revision + 1 where id in (select distinct case_id from new_rows);
    return null;
end $$;

create function bump_case_revision_old() returns trigger language plpgsql as $$
begin
    update criminal_case set revision = revision + 1 where id in (select distinct case_id from old_rows);
    return null;
end $$;

create function bump_own_revision() returns trigger language plpgsql as $$
begin
    new.revision := old.revision + 1;
    return new;
end $$;

create trigger criminal_case_revision before update on criminal_case
    for each row when (new.revision = old.revision) execute function bump_own_revision();

do $$
declare t text;
begin
    foreach t in array array['case_party', 'case_event', 'compulsory_measure', 'screening_result', 'screening_override']
    loop
        execute format('create trigger %1$s_revision_ins after insert on %1$s referencing new table as new_rows
                        for each statement execute function bump_case_revision_new()', t);
        execute format('create trigger %1$s_revision_upd after update on %1$s referencing new table as new_rows
                        for each statement execute function bump_case_revision_new()', t);
        execute format('create trigger %1$s_revision_del after delete on %1$s referencing old table as old_rows
                        for each statement execute function bump_case_revision_old()', t);
    end loop;
end $$;
