-- The audit trail is tamper-evident (ADR 19). Entries are sealed into a hash chain seconds after they
-- commit: chain_seq orders the chain, chain_hash = SHA-256(previous hash || the entry's fields). An
-- entry whose transaction commits late is sealed late: the chain's order is the order of sealing.
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column chain_hash bytea;
create unique index audit_entry_chain_seq_idx on audit_entry (chain_seq);
create index audit_entry_unsealed_idx on audit_entry (id) where chain_seq is null;
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);

-- Append-only: no entry is deleted or truncated, and an entry changes once, when it is sealed, and
-- only in its seal. Whoever would rewrite history must first drop this trigger, which the chain shows.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
       and (new.id, new.occurred_at, new.actor, new.actor_unit, new.action, new.subject_type,
            new.subject_id, new.detail, new.channel, new.request_id, new.client_address)
           is not distinct from
           (old.id, old.occurred_at, old.actor, old.actor_unit, old.action, old.subject_type,
            old.subject_id, old.detail, old.channel, old.request_id, old.client_address) then
        return new;
    end if;
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = '42501';
end $$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

comment on table audit_entry is 'owner: audit; append-only log of staff actions and of every view of personal data, sealed into a hash chain';
