package org.sunshine.platform.lawyers;

import java.util.List;
import org.springframework.stereotype.Component;
import org.sunshine.platform.access.LawyerGrants;

/**
 * A verified lawyer binds a case, from the page or the API alike: the 委托书 (or 法律援助公函) and the 律所函
 * are checked by their bytes, then sent with the stored licence through access's {@link
 * LawyerGrants} as an ordinary access application. A file refused means nothing is filed.
 */
@Component
class CaseBindings {

  private final LawyerGrants grants;
  private final LawyerAccounts accounts;
  private final LawyerRequests requests;

  CaseBindings(LawyerGrants grants, LawyerAccounts accounts, LawyerRequests requests) {
    this.grants = grants;
    this.accounts = accounts;
    this.requests = requests;
  }

  /**
   * What the lawyer types and uploads for one binding.
   *
   * @param unitId the unit handling the case; 0 for the unit that verified the lawyer
   */
  record Form(
      String caseNumber,
      String partyName,
      boolean defence,
      boolean legalAid,
      long unitId,
      Upload powerOfAttorney,
      Upload firmLetter) {}

  /** Files the binding; returns the access application's id. */
  long file(long applicantId, Form f) {
    LawyerRows.LawyerRow lawyer = requests.verified(applicantId);
    LawyerGrants.File firmLetter = checked("firmLetter", "FIRM_LETTER", f.firmLetter());
    LawyerGrants.File attorney =
        checked(
            "powerOfAttorney",
            f.legalAid() ? "LEGAL_AID_LETTER" : "POWER_OF_ATTORNEY",
            f.powerOfAttorney());
    Upload licence = accounts.ownLicence(lawyer.id());
    return grants.bind(
        applicantId,
        new LawyerGrants.Binding(
            f.caseNumber(),
            f.partyName(),
            f.defence(),
            lawyer.name(),
            lawyer.idNumber(),
            lawyer.licenceNo(),
            lawyer.lawFirm(),
            f.unitId() == 0 ? lawyer.unitId() : f.unitId(),
            List.of(
                new LawyerGrants.File(
                    "LAWYER_LICENCE", licence.fileName(), licence.contentType(), licence.content()),
                firmLetter,
                attorney)));
  }

  private LawyerGrants.File checked(String field, String kind, Upload upload) {
    Upload u = accounts.checked(field, upload);
    return new LawyerGrants.File(kind, u.fileName(), u.contentType(), u.content());
  }
}
