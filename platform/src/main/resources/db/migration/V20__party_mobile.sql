-- 诉讼权利义务告知 by SMS (issue 17, seed 003): the case record may carry a party's mobile number; when the case is
-- accepted for 审查逮捕 or 审查起诉 the party is told their procedural rights and duties. Only the notice uses it.
alter table case_party add column mobile varchar(20);
-- Each party is told once, whatever re-imports follow.
create table rights_notice (
    party_id    bigint       primary key,
    case_id     bigint       not null,
    notified_at timestamptz  not null
);
comment on table rights_notice is 'owner: cases; which parties were told their procedural rights by SMS, once';
