-- Organisation: the procuratorate hierarchy, departments, case teams and staff accounts.
create table procuratorate (
    id              bigint generated always as identity primary key,
    code            varchar(20)  not null unique,
    name            varchar(100) not null unique,
    short_name      varchar(40)  not null,
    level           varchar(16)  not null check (level in ('SUPREME', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    parent_id       bigint references procuratorate (id),
    division_code   char(6) check (division_code ~ '^[0-9]{6}$'),
    address         varchar(200),
    postal_code     char(6),
    service_phone   varchar(40),
    sort_order      int not null default 0,
    check ((level = 'SUPREME') = (parent_id is null))
);
create index procuratorate_parent_idx on procuratorate (parent_id);

create table department (
    id               bigint generated always as identity primary key,
    procuratorate_id bigint      not null references procuratorate (id),
    name             varchar(60) not null,
    kind             varchar(32) not null,
    unique (procuratorate_id, name)
);

create table case_team (
    id            bigint generated always as identity primary key,
    department_id bigint      not null references department (id),
    name          varchar(60) not null,
    unique (department_id, name)
);

create table staff_account (
    id               bigint generated always as identity primary key,
    username         varchar(64) not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name     varchar(50) not null,
    procuratorate_id bigint      not null references procuratorate (id),
    department_id    bigint references department (id),
    data_scope       varchar(32) not null check (data_scope in ('OWN_UNIT', 'UNIT_AND_SUBORDINATES')),
    enabled          boolean     not null default true,
    created_at       timestamptz not null
);
create index staff_account_unit_idx on staff_account (procuratorate_id);

create table staff_account_role (
    account_id bigint      not null references staff_account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);
