package org.sunshine.platform.access;

/**
 * What an applicant fills in.
 *
 * @param caseNumber the case number as the applicant knows it
 * @param partyName the party whose record they want to follow (themselves, when {@code relation} is
 *     PARTY)
 * @param verifyingUnitId where the materials are verified: the handling unit, or the applicant's
 *     home county
 */
record ApplicationForm(
    String caseNumber,
    String partyName,
    Relation relation,
    String applicantName,
    String idNumber,
    String lawyerLicence,
    String lawFirm,
    long verifyingUnitId) {}
