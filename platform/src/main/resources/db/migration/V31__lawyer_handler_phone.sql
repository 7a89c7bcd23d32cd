-- Issue 18: a decision's push carries the office phone of the one who decided (the handler, or 案管).
alter table lawyer_request add column handler_phone varchar(30);
comment on column lawyer_request.handler_phone is 'office phone of whoever decided, given with the decision and sent to the lawyer';
