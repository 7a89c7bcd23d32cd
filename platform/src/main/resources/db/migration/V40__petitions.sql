-- 控告申诉 (issue 19): every petition, report, appeal, 检务公开申请 and objection to a publication, with its clocks
-- (刑事诉讼规则 第一百六十一至一百六十三条). The petitioner's identity lives in its own table so that nothing
-- listing matters (queues, exports, statistics) can carry it by accident.
create table petition (
    id                  bigserial    primary key,
    unit_id             bigint       not null,
    kind                varchar(40)  not null,
    channel             varchar(20)  not null,
    state               varchar(30)  not null,
    subject             varchar(200) not null,
    body                text         not null,
    case_number         varchar(100),
    document_id         bigint,
    department_id       bigint,
    query_code          varchar(20)  not null unique,
    password_hash       varchar(200),
    applicant_id        bigint,
    anonymous           boolean      not null,
    confidential        boolean      not null,
    received_on         date         not null,
    complete_on         date,
    procedural_reply_on date,
    answered_on         date,
    concluded_on        date,
    extended            boolean      not null default false,
    referred_to         varchar(300),
    transferred_to      bigint,
    outcome             varchar(30),
    locked_by           varchar(100),
    locked_at           timestamptz,
    round               int          not null default 1,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index petition_unit_state on petition (unit_id, state);
create index petition_applicant on petition (applicant_id) where applicant_id is not null;

create table petitioner (
    petition_id bigint       primary key references petition (id),
    name        varchar(100),
    mobile      varchar(20),
    id_number   varchar(30),
    address     varchar(300)
);

create table petition_step (
    id          bigserial    primary key,
    petition_id bigint       not null references petition (id),
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(40)  not null,
    note        text
);
create index petition_step_petition on petition_step (petition_id, id);

create table petition_reply (
    id          bigserial    primary key,
    petition_id bigint       not null references petition (id),
    kind        varchar(30)  not null,
    body        text         not null,
    replied_on  date         not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null
);
create index petition_reply_petition on petition_reply (petition_id, id);

create table petition_scan (
    id           bigserial    primary key,
    petition_id  bigint       not null references petition (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    created_at   timestamptz  not null
);

comment on table petition is 'owner: petitions; each 控告/举报/申诉/检务公开申请/异议 with its state and clock dates, no identity';
comment on table petitioner is 'owner: petitions; who filed a petition (confidential for reports), seen only by 控申';
comment on table petition_step is 'owner: petitions; each handling step of a petition, who did it and when';
comment on table petition_reply is 'owner: petitions; the replies (procedural, progress, result) sent or kept for the query code';
comment on table petition_scan is 'owner: petitions; scanned letters and material attached to a petition';
