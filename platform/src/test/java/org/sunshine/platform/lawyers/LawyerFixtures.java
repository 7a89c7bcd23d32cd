package org.sunshine.platform.lawyers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Fresh cases of 小店区 (imported as upstream sends them, so no test shares a party with another, with
 * the demo or with other modules' tests), verified lawyers and their bindings, and real PDFs.
 */
final class LawyerFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger(5000);

  final Cases cases;
  final LawyerGrants grants;
  final LawyerServices services;
  final StaffAccounts accounts;

  LawyerFixtures(
      Cases cases, LawyerGrants grants, LawyerServices services, StaffAccounts accounts) {
    this.cases = cases;
    this.grants = grants;
    this.services = services;
    this.accounts = accounts;
  }

  StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /** A new prosecution review case with two suspects, 张三 (S1) and 李四 (S2), accepted today. */
  String newCase() {
    // Not "晋…": the other modules' tests pick demo cases by that prefix (CaseProbe), never these.
    String n = "TEST-LAWYER-" + SEQ.incrementAndGet();
    String today = LocalDate.now().toString();
    load(
        ("{\"record\":\"case\",\"caseNumber\":\""
            + n
            + "\",\"version\":1,\"unit\":\"140105\","
            + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"盗窃罪\",\"procurator\":\"李明轩\","
            + "\"acceptedOn\":\""
            + today
            + "\",\"parties\":[{\"partyNo\":\"S1\",\"name\":\"张三\","
            + "\"role\":\"SUSPECT\",\"birthDate\":\"1990-01-01\",\"nationality\":\"中国\"},"
            + "{\"partyNo\":\"S2\",\"name\":\"李四\",\"role\":\"SUSPECT\",\"birthDate\":\"1991-01-01\","
            + "\"nationality\":\"中国\"}]}\n"
            + event(n, "E1", "ACCEPTED", today)));
    return n;
  }

  /** The party 张三's record concluded (审结) today. */
  void conclude(String caseNumber) {
    load((event(caseNumber, "E9", "CONCLUDED", LocalDate.now().toString())));
  }

  private void load(String lines) {
    try {
      cases.importSystemBatch(new StringReader(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String event(String n, String id, String type, String on) {
    return "{\"record\":\"event\",\"caseNumber\":\""
        + n
        + "\",\"eventId\":\""
        + id
        + "\",\"partyNo\":\"S1\",\"type\":\""
        + type
        + "\",\"on\":\""
        + on
        + "\"}";
  }

  /** A verified lawyer with a fresh mobile and licence number; returns the applicant id. */
  long verifiedLawyer(String name) {
    int i = SEQ.incrementAndGet();
    long applicant =
        grants.applicantFor(
            "1375200" + String.format("%04d", i)); // apart from AccessFlowTest's 139…
    services.registerVerified(
        staff("casemgmt"),
        applicant,
        name,
        "14010519800101" + String.format("%04d", i),
        "114012010" + String.format("%08d", i),
        "山西测试律师事务所",
        "licence.pdf",
        pdf(1));
    return applicant;
  }

  /** Files the binding and 案管 approves it; returns the grant. */
  long bind(long applicant, String caseNumber, String party) {
    long application = grants.bind(applicant, binding(caseNumber, party));
    grants.approve(staff("casemgmt"), application);
    return grants.bindings(applicant).stream()
        .filter(b -> b.caseNumber().equals(caseNumber) && b.partyName().equals(party))
        .findFirst()
        .orElseThrow()
        .grantId();
  }

  LawyerGrants.Binding binding(String caseNumber, String party) {
    byte[] pdf = pdf(1);
    return new LawyerGrants.Binding(
        caseNumber,
        party,
        true,
        "测试律师",
        "140105198001011234",
        "11401201012345678",
        "山西测试律师事务所",
        staff("casemgmt").unitId(),
        List.of(
            new LawyerGrants.File("LAWYER_LICENCE", "l.pdf", "application/pdf", pdf),
            new LawyerGrants.File("FIRM_LETTER", "f.pdf", "application/pdf", pdf),
            new LawyerGrants.File("POWER_OF_ATTORNEY", "p.pdf", "application/pdf", pdf)));
  }

  static byte[] pdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
