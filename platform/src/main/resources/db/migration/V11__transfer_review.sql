-- Transfer, after review (ADR 11).
-- Outbox rows are marked with the package that carried them: a high-water mark on ids would skip a row whose
-- transaction committed after a later id's.
alter table transfer_outbox add column packed_in bigint;
update transfer_outbox o set packed_in = (select min(s.sequence) from transfer_sent s where s.last_outbox_id >= o.id);
create index transfer_outbox_unpacked_idx on transfer_outbox (id) where packed_in is null;

-- What package a cursor belongs to: a different package under the same number is refused, the same one re-sent is
-- skipped quietly.
alter table transfer_received add column manifest_sha256 char(64);

-- A public node erases the text of a revision that is withdrawn or superseded (a withdrawal is often the repair of a
-- bad redaction, so that text must not stay on the internet-facing database). Erasing is the one change allowed.
create or replace function published_document_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.text = ''
       and (new.id, new.document_id, new.revision, new.procuratorate_id, new.document_type, new.document_number,
            new.channel, new.public_title, new.text_sha256, new.charge, new.decided_on, new.published_on,
            new.published_at, new.published_by, new.approval_id)
           is not distinct from
           (old.id, old.document_id, old.revision, old.procuratorate_id, old.document_type, old.document_number,
            old.channel, old.public_title, old.text_sha256, old.charge, old.decided_on, old.published_on,
            old.published_at, old.published_by, old.approval_id) then
        return new;
    end if;
    raise exception 'published_document rows are immutable (withdraw or correct through the document instead)';
end $$;
