-- An override lifts a screening rule's finding for the parties the rule had found when the override was asked,
-- not for a party a later import adds (a second minor accused must be screened, and overridden, on their own).
create table screening_override_party (
    override_id bigint not null references screening_override (id) on delete cascade,
    party_id    bigint not null references case_party (id) on delete cascade,
    primary key (override_id, party_id)
);
comment on table screening_override_party is 'owner: cases; the parties an override of a screening rule covers';

-- Overrides asked before this change covered the rule on the whole case: they keep covering the parties the rule
-- finds today, and no party added from now on.
insert into screening_override_party (override_id, party_id)
select distinct o.id, r.party_id
from screening_override o
join screening_result r on r.case_id = o.case_id and r.rule_id = o.rule_id
where r.party_id is not null;
