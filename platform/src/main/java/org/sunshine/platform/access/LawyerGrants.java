package org.sunshine.platform.access;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * What the lawyer services use of access (issue 18): the applicant signed in by SMS code, a case
 * binding filed as an access application of a 辩护人 or 诉讼代理人 (案管 verifies it where every application
 * is verified, and the grant it issues is the binding), the live bindings, and their end when the
 * representation ends.
 */
@Service
public class LawyerGrants {

  private final AccessApplications applications;
  private final CaseStatusQueries queries;
  private final Grants grants;
  private final GrantRows rows;
  private final Applicants applicants;
  private final Cases cases;
  private final AccessReplicaRows replicaRows;
  private final Clock clock;

  LawyerGrants(
      AccessApplications applications,
      CaseStatusQueries queries,
      Grants grants,
      GrantRows rows,
      Applicants applicants,
      Cases cases,
      AccessReplicaRows replicaRows,
      Clock clock) {
    this.replicaRows = replicaRows;
    this.applications = applications;
    this.queries = queries;
    this.grants = grants;
    this.rows = rows;
    this.applicants = applicants;
    this.cases = cases;
    this.clock = clock;
  }

  /** The applicant signed in on this session (the same SMS sign-in as the access pages), if any. */
  public Optional<Long> signedIn(HttpSession session) {
    return Optional.ofNullable(ApplicantController.applicant(session));
  }

  public String mobile(long applicantId) {
    return applicants.mobile(applicantId);
  }

  /**
   * Files a binding. A party that already has two lawyers bound (刑事诉讼法 第三十三条) is refused here,
   * before anything is written; 案管 checks again when approving.
   */
  @Transactional
  public long bind(long applicantId, Binding b) {
    Instant now = clock.instant();
    Optional<CaseRef> ref = cases.locate(b.caseNumber() == null ? "" : b.caseNumber());
    ref.flatMap(
            r ->
                r.parties().stream()
                    .filter(
                        p -> p.name().equals(b.partyName() == null ? "" : b.partyName().strip()))
                    .findFirst())
        .filter(
            p ->
                rows.otherLawyersBoundUnlocked(p.id(), applicantId, now)
                    >= AccessApplication.MAX_LAWYERS)
        .ifPresent(
            p -> {
              throw BadInput.at("partyName", "access.lawyer-grants.party.two-lawyers");
            });
    List<MaterialUpload> files = new ArrayList<>();
    for (File f : b.files()) {
      files.add(
          new MaterialUpload(
              Relation.Material.valueOf(f.kind()), f.fileName(), f.contentType(), f.content()));
    }
    return applications.submit(
        applicantId,
        new ApplicationForm(
            b.caseNumber(),
            b.partyName(),
            b.defence() ? Relation.DEFENCE_COUNSEL : Relation.LITIGATION_AGENT,
            b.name(),
            b.idNumber(),
            b.licenceNo(),
            b.lawFirm(),
            b.verifyingUnitId()),
        files);
  }

  /** The applicant's lawyer grants, live or ended, newest first. */
  @Transactional
  public List<Bound> bindings(long applicantId) {
    return queries.grantsOf(applicantId).stream()
        .filter(g -> g.relation().lawyer())
        .map(
            g ->
                new Bound(
                    g.id(),
                    g.caseId(),
                    g.partyId(),
                    g.caseNumber(),
                    g.partyName(),
                    g.relation() == Relation.DEFENCE_COUNSEL,
                    g.active()))
        .toList();
  }

  /** Bindings filed and not yet decided or refused, with 案管's note. */
  @Transactional(readOnly = true)
  public List<Pending> pending(long applicantId) {
    return applications.of(applicantId).stream()
        .filter(a -> a.relation().lawyer() && a.status() != ApplicationStatus.APPROVED)
        .map(a -> new Pending(a.id(), a.caseNumber(), a.partyName(), a.status().name(), a.note()))
        .toList();
  }

  /** The live binding with this grant id, when it is this applicant's; empty otherwise. */
  @Transactional(readOnly = true)
  public Optional<Bound> live(long applicantId, long grantId) {
    Instant now = clock.instant();
    return grants
        .byId(grantId)
        .filter(g -> g.applicantId() == applicantId && g.relation().lawyer() && g.activeAt(now))
        .map(
            g ->
                new Bound(
                    g.id(),
                    g.caseId(),
                    g.partyId(),
                    g.caseNumber(),
                    g.partyName(),
                    g.relation() == Relation.DEFENCE_COUNSEL,
                    true));
  }

  /** The applicant account of a mobile number, opened if new (demo data: lawyers who signed up). */
  @Transactional
  public long applicantFor(String mobile) {
    return replicaRows.applicant(Applicants.normalise(mobile), clock.instant());
  }

  /**
   * 案管 of the handling unit approves a binding: the grant is issued (two lawyers per party at most,
   * checked again here).
   */
  @Transactional
  public void approve(StaffIdentity staff, long applicationId) {
    applications.decide(staff, applicationId, AccessApplications.Verdict.APPROVE, null);
  }

  /** The representation ended (委托解除, 法律援助终止): 案管 revokes the grant at once. */
  @Transactional
  public void endRepresentation(StaffIdentity staff, long grantId, String reason) {
    queries.revoke(staff, grantId, reason);
  }

  /**
   * A binding to file.
   *
   * @param defence 辩护人 (true) or 诉讼代理人
   */
  public record Binding(
      String caseNumber,
      String partyName,
      boolean defence,
      String name,
      String idNumber,
      String licenceNo,
      String lawFirm,
      long verifyingUnitId,
      List<File> files) {}

  /**
   * A file of a binding; kind is LAWYER_LICENCE, FIRM_LETTER, POWER_OF_ATTORNEY or
   * LEGAL_AID_LETTER.
   */
  public record File(String kind, String fileName, String contentType, byte[] content) {}

  /** A lawyer's grant to one party of one case. */
  public record Bound(
      long grantId,
      long caseId,
      long partyId,
      String caseNumber,
      String partyName,
      boolean defence,
      boolean active) {}

  /** A binding waiting for 案管, or refused. */
  public record Pending(
      long applicationId, String caseNumber, String partyName, String status, String note) {}
}
