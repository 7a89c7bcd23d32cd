-- Notifications (issue 17): one transactional outbox for every message the platform sends. A module asks for a
-- message inside its own transaction, so the message exists exactly when the business change does; a worker delivers
-- it after commit. The idempotency key (the asking event + recipient + channel) makes a re-sent event send nothing.
-- The in-site inbox is the INBOX channel of the same table: delivered when written.
create table notification (
    id              bigint generated always as identity primary key,
    idempotency_key varchar(200)  not null unique,
    channel         varchar(10)   not null check (channel in ('SMS', 'EMAIL', 'INBOX', 'WECHAT')),
    recipient       varchar(80)   not null, -- whose message: 'applicant:42', 'staff:handler'
    address         varchar(200), -- the mobile number or e-mail address; null for the inbox
    template        varchar(80)   not null,
    subject         varchar(200)  not null default '',
    body            text          not null,
    link            varchar(300),
    urgent          boolean       not null default false,
    unit_id         bigint, -- the unit on whose behalf it goes, for the console's scope
    -- REFUSED: never to be sent (an invalid address, an optional message the person declined); not retryable.
    -- DELIVERED: the gateway's receipt says the handset got it.
    -- HELD: an SMS standing by for a WeChat message (fallback_of), sent only if WeChat refuses it.
    status          varchar(12)   not null
        check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'GIVEN_UP', 'CANCELLED', 'REFUSED', 'HELD')),
    fallback_of     bigint,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    read_at         timestamptz
);
-- (next_attempt_at, id): the dispatcher's order, so a burst queued at one instant is not sorted on every claim.
create index notification_due_idx on notification (next_attempt_at, id) where status in ('QUEUED', 'FAILED');
create index notification_recipient_idx on notification (recipient, id desc);
comment on table notification is 'owner: notifications; every message the platform sends, from queued to sent or given up';

-- The WeChat openid a person bound (from the mini-program or the official account), for subscription messages.
create table wechat_binding (
    recipient  varchar(80)  primary key,
    openid     varchar(64)  not null,
    bound_at   timestamptz  not null
);
comment on table wechat_binding is 'owner: notifications; the WeChat openid each person bound, for subscription messages';

-- ShedLock's table: a scheduled job runs on one instance at a time when several share the database (ADR 14).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
comment on table shedlock is 'owner: infrastructure; ShedLock''s locks, so each scheduled job runs once across instances';

-- The SMS outbox of the old access-only adapter: its messages are notifications now.
drop table sms_outbox;
