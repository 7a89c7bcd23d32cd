-- A unit moved in the hierarchy mid-year (ADR 17): a published report keeps the units it was published to,
-- recorded when it is drafted, so a county moved to another city still reads the reports that named it and
-- the new city's units do not gain reports drafted before they were theirs. Reports drafted before this
-- migration have no rows here and keep following the hierarchy as it is.
create table monthly_report_audience (
    report_id bigint not null, -- monthly_report (id); no foreign key: V50 creates that table later on a new database
    unit_id   bigint not null,
    primary key (report_id, unit_id)
);
create index monthly_report_audience_unit on monthly_report_audience (unit_id);
comment on table monthly_report_audience is 'owner: statistics; the units a monthly report was drafted for (its hierarchy at the time)';
