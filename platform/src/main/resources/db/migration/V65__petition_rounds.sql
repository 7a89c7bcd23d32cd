-- An appeal reopens a concluded matter as a new round with fresh clocks (Petition.reopen). The round that ended is
-- kept here with its own dates, so that a month's figures (received, replies in time) never change afterwards: the
-- first round stays in the month it was received and the new round counts in the month of the appeal.
create table petition_round (
    petition_id         bigint      not null references petition (id),
    round               int         not null,
    state               varchar(30) not null,
    received_on         date        not null,
    complete_on         date,
    procedural_reply_on date,
    answered_on         date,
    last_progress_on    date,
    concluded_on        date,
    extended            boolean     not null,
    outcome             varchar(30),
    primary key (petition_id, round)
);
create index petition_round_received on petition_round (received_on);

comment on table petition_round is 'owner: petitions; each ended round of a reopened petition with its own clock dates, for the figures of its month';
