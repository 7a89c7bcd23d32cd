-- The application signs in as its own role, not as the owner of the tables (ADR 19). The embedded database creates
-- the role (with a generated password) before migrations run; for an external database the administrator creates it
-- (docs/configuration.md). Where it does not exist and cannot be created, the platform keeps one role, as before.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'sunshine_app') then
        if exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
            create role sunshine_app nologin;
        else
            raise notice 'role sunshine_app missing: the application uses the migration role';
            return;
        end if;
    end if;
    execute 'grant usage on schema public to sunshine_app';
    execute 'grant select, insert, update, delete on all tables in schema public to sunshine_app';
    execute 'grant usage, select, update on all sequences in schema public to sunshine_app';
    -- Tables and sequences the later migrations create get the same rights.
    execute 'alter default privileges in schema public grant select, insert, update, delete on tables to sunshine_app';
    execute 'alter default privileges in schema public grant usage, select, update on sequences to sunshine_app';
    -- The audit trail: read, append, and seal (the trigger allows only the seal), nothing else.
    execute 'revoke update, delete, truncate on audit_entry from sunshine_app';
    execute 'grant update (chain_seq, chain_hash) on audit_entry to sunshine_app';
    execute 'revoke all on flyway_schema_history from sunshine_app';
    execute 'grant select on flyway_schema_history to sunshine_app';
end $$;
