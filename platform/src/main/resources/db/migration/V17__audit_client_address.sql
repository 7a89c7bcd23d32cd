-- Every audit entry records the address the request came from (as the servlet container saw it:
-- behind a reverse proxy, the proxy's, until trusted proxies are configured). Null for entries
-- written without a request (scheduled jobs, the command line) and for rows written before V17.
alter table audit_entry add column client_address varchar(45);
