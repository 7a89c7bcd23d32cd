-- Releases get what documents have (ADR 13): the publication module owns the public read model, and a release's public
-- state is its own rows, not published rows of the workflow's case_release. public_release is the release's public
-- record (pin and withdrawal change it); published_release is what went out, immutable but for erasing the text of a
-- withdrawn release on a public node. Neither references an internal table, so a public node holds them alone.
create table public_release (
    release_id        bigint        primary key, -- the stable id in /releases/{id}
    procuratorate_id  bigint        not null references procuratorate (id),
    case_ref          bigint, -- an id only; no case data
    pin_level         int           not null default 0,
    pinned_until      date,
    withdrawal_reason varchar(500),
    withdrawn_at      timestamptz
);
create table published_release (
    release_id       bigint        primary key references public_release (release_id),
    procuratorate_id bigint        not null references procuratorate (id),
    category         varchar(40)   not null,
    title            varchar(200)  not null,
    body             text          not null,
    published_on     date          not null,
    published_at     timestamptz   not null,
    published_by     varchar(64)   not null
);
create index published_release_order_idx on published_release (published_on desc, release_id desc);
create index published_release_unit_idx on published_release (procuratorate_id);

create function published_release_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.title = '' and new.body = ''
       and (new.release_id, new.procuratorate_id, new.category, new.published_on, new.published_at, new.published_by)
           is not distinct from
           (old.release_id, old.procuratorate_id, old.category, old.published_on, old.published_at, old.published_by)
    then
        return new;
    end if;
    raise exception 'published_release rows are immutable (withdraw through the release instead)';
end $$;
create trigger published_release_immutable before update or delete on published_release
    for each row execute function published_release_is_immutable();

insert into public_release (release_id, procuratorate_id, case_ref, pin_level, pinned_until, withdrawal_reason,
                            withdrawn_at)
select id, procuratorate_id, case_id, pin_level, pinned_until, withdrawal_reason, withdrawn_at
from case_release where status in ('PUBLISHED', 'WITHDRAWN') and published_on is not null;

insert into published_release (release_id, procuratorate_id, category, title, body, published_on, published_at,
                               published_by)
select id, procuratorate_id, category, title, body, published_on, coalesce(published_at, created_at),
       coalesce(published_by, '')
from case_release where status in ('PUBLISHED', 'WITHDRAWN') and published_on is not null;

comment on table public_release is 'owner: publication; a published release''s public record (pin, withdrawal)';
comment on table published_release is 'owner: publication; what a release published, immutable (ADR 13)';
