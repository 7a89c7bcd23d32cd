package org.sunshine.platform.petitions;

import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.redaction.DocumentType;

/**
 * An upheld objection to a withholding (应公开而未公开) acts through the documents workflow: the withheld
 * document of the named case and type goes back to the publishing department's handler for a fresh
 * review and its approval chain, so the decision to publish is still the chain's.
 */
@Component
class WithholdingReviews {

  private final Cases cases;
  private final DocumentWorkflow documents;

  WithholdingReviews(Cases cases, DocumentWorkflow documents) {
    this.cases = cases;
    this.documents = documents;
  }

  /** Returns the document sent back for review; refuses when the case or document is not there. */
  long reviewAgain(StaffIdentity staff, PetitionRows.Row row, String words) {
    if (row.caseNumber() == null) {
      throw BadInput.at("caseNumber", "petitions.withholding-reviews.case-number.missing");
    }
    long caseId =
        cases
            .locate(row.caseNumber())
            .orElseThrow(
                () ->
                    BadInput.at("caseNumber", "petitions.withholding-reviews.case-number.unknown"))
            .caseId();
    DocumentType type = DocumentType.valueOf(row.petition().withheldType);
    return documents.reviewWithholding(staff, caseId, type, words);
  }
}
