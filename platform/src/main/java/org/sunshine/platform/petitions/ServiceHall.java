package org.sunshine.platform.petitions;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.PublicDocumentView;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;

/**
 * The hall's other windows as a facade (the pages use the same services): 行贿犯罪档案查询 requested and
 * answered, a reception slot booked by a signed-in person, and the published document an objection
 * names. The demo fills the hall through it.
 */
@Service
public class ServiceHall {

  private final BriberyChecks checks;
  private final Receptions receptions;
  private final ApplicantSignIn signIn;
  private final PublishedDocuments documents;

  ServiceHall(
      BriberyChecks checks,
      Receptions receptions,
      ApplicantSignIn signIn,
      PublishedDocuments documents) {
    this.checks = checks;
    this.receptions = receptions;
    this.signIn = signIn;
    this.documents = documents;
  }

  /** A company or person asks for a check of these names; the check's id. */
  public long requestBriberyCheck(
      long applicantId, long unitId, String requester, String names, String purpose) {
    return checks.request(applicantId, unitId, requester, names, purpose);
  }

  /** 控申 answers with the 告知函 (a found conviction named). */
  public void answerBriberyCheck(StaffIdentity staff, long checkId, boolean found, String finding) {
    checks.answer(staff, checkId, found, finding);
  }

  /** Books a reception slot for the signed-in person; the id of the matter registered for it. */
  @Transactional
  public long bookReception(long applicantId, long dayId, NewPetition matter) {
    return receptions.book(applicantId, signIn.mobile(applicantId), dayId, matter).petitionId();
  }

  /** The unit's latest document on the internet, which an objection may name. */
  @Transactional(readOnly = true)
  public Optional<Long> latestPublishedDocument(long unitId) {
    return documents.list(PublicationChannel.INTERNET, unitId, null, 0, 1).items().stream()
        .map(PublicDocumentView::documentId)
        .findFirst();
  }
}
