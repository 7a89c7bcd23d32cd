-- Satisfaction survey on a split deployment (ADR 11, 24): the internal node asks by SMS with a link to the public
-- site, so the public node holds each invitation's ballot — its token's hash, the unit, the last day to answer and
-- where it stands, never the case, the person or the number asked. An answer given there is kept until the
-- internal node, which holds the invitation, has taken it.
create table survey_ballot (
    id           bigint generated always as identity primary key,
    origin_id    bigint      not null unique,  -- the invitation's id on the internal node
    token_hash   char(64)    not null unique,
    unit_id      bigint      not null,
    answer_by    date        not null,
    status       varchar(20) not null,         -- ASKED, ANSWERED, OPTED_OUT (as the invitation)
    s_procedure  smallint check (s_procedure between 1 and 3),
    s_ability    smallint check (s_ability between 1 and 3),
    s_civility   smallint check (s_civility between 1 and 3),
    s_integrity  smallint check (s_integrity between 1 and 3),
    answered_at  timestamptz,                  -- when answered here (the answer crosses inside)
    updated_at   timestamptz not null
);
comment on table survey_ballot is
    'owner: surveys; on a public node, the web form''s ballot of each invitation asked inside (token hash, unit, state, an answer on its way in)';
