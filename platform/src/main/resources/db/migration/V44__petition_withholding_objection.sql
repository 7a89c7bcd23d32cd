-- 对不公开提出异议 (seed 002 row 17, "that something was, or was not, published"): an objection to a withholding has
-- no public page to point at, so it names the case (case_number) and the type of the document not published.
alter table petition add column withheld_type varchar(40);
