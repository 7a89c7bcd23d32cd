-- Kiosks (the service halls' touch screens) are recognised by a device credential an administrator issues,
-- not by their network address (behind a proxy every client has the proxy's address). The secret is shown
-- once and kept only as its SHA-256: it is 256 random bits, so the hash cannot be reversed by guessing.
create table kiosk_device (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references procuratorate (id),
    name        varchar(100) not null,
    secret_hash char(64)     not null unique,
    issued_by   varchar(100) not null,
    issued_at   timestamptz  not null,
    last_seen_at timestamptz,
    revoked_at  timestamptz,
    revoked_by  varchar(100)
);
create index kiosk_device_unit on kiosk_device (unit_id);
comment on table kiosk_device is 'owner: security; the service halls'' kiosks and the hashes of their device credentials';
