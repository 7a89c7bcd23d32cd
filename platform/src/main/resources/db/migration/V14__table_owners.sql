-- Every table names the one module that owns it ('owner: <module>; <purpose>'); TableOwnershipTest checks that each
-- table has an owner and that no module names another's table in its SQL. A new table gets its comment in the
-- migration that creates it. flyway_schema_history is Flyway's own and carries none.

-- organisation
comment on table procuratorate is 'owner: organisation; the procuratorate hierarchy (the public directory)';
comment on table department is 'owner: organisation; departments of a procuratorate';
comment on table case_team is 'owner: organisation; case teams of a department';
comment on table staff_account is 'owner: organisation; staff accounts, their unit and data scope';
comment on table staff_account_role is 'owner: organisation; the roles of a staff account';

-- security
comment on table staff_credential is 'owner: security; a staff account''s password, lockout and second factor';
comment on table staff_recovery_code is 'owner: security; one-time recovery codes for the second factor';

-- audit
comment on table audit_entry is 'owner: audit; append-only log of staff actions and views of personal data';

-- demo
comment on table demo_data_set is 'owner: demo; demo data sets already loaded, so a restart never duplicates them';

-- infrastructure
comment on table event_publication is 'owner: infrastructure; Spring Modulith''s event publication registry';
comment on table event_publication_archive is 'owner: infrastructure; completed publications of Spring Modulith''s event registry';

-- cases
comment on table criminal_case is 'owner: cases; a criminal case, imported or recorded by hand, with its revision';
comment on table case_party is 'owner: cases; a party of a case (one procedural record per suspect)';
comment on table case_event is 'owner: cases; the timeline of procedural events of a case';
comment on table compulsory_measure is 'owner: cases; compulsory measures on a party';
comment on table screening_result is 'owner: cases; which rule withheld or blocked which party''s record';
comment on table screening_override is 'owner: cases; requested and decided overrides of a screening rule';
comment on table party_disclosure_copy is 'owner: cases; on a public node, the copy of one party''s disclosure a grant shows';

-- access
comment on table applicant is 'owner: access; an applicant signing in with a mobile number';
comment on table one_time_code is 'owner: access; one-time sign-in codes sent to an applicant''s mobile';
comment on table sms_outbox is 'owner: access; text messages waiting for the SMS gateway';
comment on table access_application is 'owner: access; an application to follow one party''s record of a case';
comment on table application_material is 'owner: access; files uploaded with an access application';
comment on table case_access_grant is 'owner: access; a granted access to one party''s record, with its query code';

-- approval
comment on table approval is 'owner: approval; an approval chain under way for a subject';
comment on table approval_decision is 'owner: approval; every step''s decision with the hash of the text decided on';

-- documents
comment on table legal_document is 'owner: documents; a legal document of a case, from upload to publication';
comment on table redaction_finding is 'owner: documents; the engine''s and reviewer''s redaction spans on the original';
comment on table case_pseudonym is 'owner: documents; one pseudonym per person per case';

-- publication (the public read model)
comment on table public_document is 'owner: publication; a published document''s public record (unit, case ref, withdrawal)';
comment on table published_document is 'owner: publication; each published revision of a document, immutable';
comment on table document_correction is 'owner: publication; the public log of withdrawals and corrections';

-- releases
comment on table case_release is 'owner: releases; important case information from draft to publication';

-- transfer
comment on table transfer_outbox is 'owner: transfer; published items changed since the last package';
comment on table transfer_sent is 'owner: transfer; packages this node wrote and their acknowledgements';
comment on table transfer_received is 'owner: transfer; packages this node applied, with the record to resume at';
comment on table transfer_refusal is 'owner: transfer; packages refused as a whole, for the status page';
