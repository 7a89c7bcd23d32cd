-- A person may take their optional SMS as one daily digest instead of one by one (issue 17). Service messages
-- (login codes, answers) always go at once.
create table notification_preference (
    recipient    varchar(80)  primary key,
    daily_digest boolean      not null,
    chosen_via   varchar(20)  not null,
    chosen_at    timestamptz  not null
);
comment on table notification_preference is 'owner: notifications; whether a person takes optional SMS as a daily digest';
alter table notification add column digest boolean not null default false;
