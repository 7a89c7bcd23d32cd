-- Issue 15: a document whose approval chain ends before its publication condition (a 起诉书 before the
-- judgment is effective) waits as APPROVED and is published when the case event arrives.
alter table legal_document drop constraint legal_document_status_check;
alter table legal_document add constraint legal_document_status_check
    check (status in ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'PUBLISHED', 'WITHHELD', 'WITHDRAWN'));
create index legal_document_waiting_idx on legal_document (case_id) where status = 'APPROVED';
