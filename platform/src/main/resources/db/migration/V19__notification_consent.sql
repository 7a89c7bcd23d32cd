-- Consent (issue 17): optional messages (case progress, and what later capabilities add) go by SMS or e-mail only
-- while the person consents; service messages (login codes, answers the law owes them) always go. Every change of
-- mind is kept with its time and the channel it came through.
create table notification_consent (
    id          bigint generated always as identity primary key,
    recipient   varchar(80)  not null,
    channel     varchar(10)  not null check (channel in ('SMS', 'EMAIL')),
    consents    boolean      not null,
    given_via   varchar(20)  not null, -- where the person said so: web, kiosk, sms reply, window
    given_at    timestamptz  not null
);
create index notification_consent_idx on notification_consent (recipient, channel, id desc);
comment on table notification_consent is
    'owner: notifications; each consent to or refusal of optional messages, with its time and channel';
