package org.sunshine.platform.documents;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.redaction.DocumentType;

/** Cases of 小店区 with the events a document needs, and realistic document texts. */
@Component
public class DocumentFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private final Cases cases;
  private final Documents documents;
  private final StaffAccounts accounts;
  private final DocumentWorkflow workflow;

  DocumentFixtures(
      Cases cases, Documents documents, StaffAccounts accounts, DocumentWorkflow workflow) {
    this.cases = cases;
    this.documents = documents;
    this.accounts = accounts;
    this.workflow = workflow;
  }

  public StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  /** A prosecuted case of 小店区 with 张伟强 (accused) and 李秀兰 (victim). */
  public long aCase(boolean judgmentEffective, boolean minorAccused) throws IOException {
    int n = SEQ.incrementAndGet();
    String number = "晋小检刑诉受〔2026〕T" + System.nanoTime() % 1_000_000 + "-" + n + "号";
    LocalDate accepted = LocalDate.now().minusDays(60);
    String birth = minorAccused ? LocalDate.now().minusYears(17).toString() : "1985-03-12";
    String id = minorAccused ? "140105200901010033" : "140105198503120018";
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"140105\",\"caseType\":\"PROSECUTION_REVIEW\","
                + "\"charge\":\"盗窃罪\",\"caseTeam\":\"第一检察官办案组\",\"procurator\":\"王志明\",\"acceptedOn\":\"%s\","
                + "\"complex\":false,\"parties\":["
                + "{\"partyNo\":\"S1\",\"name\":\"张伟强\",\"role\":\"SUSPECT\",\"idNumber\":\"%s\",\"birthDate\":\"%s\","
                + "\"nationality\":\"中国\",\"offenceOn\":\"%s\"},"
                + "{\"partyNo\":\"V1\",\"name\":\"李秀兰\",\"role\":\"VICTIM\"},"
                + "{\"partyNo\":\"V2\",\"name\":\"张丽\",\"role\":\"VICTIM\"}]}",
            number, accepted, id, birth, accepted.minusDays(70)));
    lines.add(event(number, "E1", "ACCEPTED", accepted));
    lines.add(event(number, "E2", "PROSECUTED", accepted.plusDays(20)));
    if (judgmentEffective) {
      lines.add(event(number, "E3", "JUDGMENT_EFFECTIVE", LocalDate.now().minusDays(2)));
    }
    var report = cases.importSystemBatch(new StringReader(String.join("\n", lines)));
    if (report.rejected() > 0) {
      throw new IllegalStateException(report.toString());
    }
    return cases.locate(number).orElseThrow().caseId();
  }

  /**
   * A concluded case of 小店区 with these parties ({@code "王付建:DEFENDANT"}) and every event that makes
   * its documents publishable.
   */
  public long aCaseWith(String charge, String... parties) throws IOException {
    return aCaseWith(true, charge, parties);
  }

  /** As {@link #aCaseWith(String, String...)}, optionally without the court's judgment. */
  public long aCaseWith(boolean judged, String charge, String... parties) throws IOException {
    String number =
        "晋小检刑诉受〔2026〕W" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000 + "号";
    LocalDate accepted = LocalDate.now().minusDays(60);
    StringBuilder list = new StringBuilder();
    int i = 0;
    for (String p : parties) {
      String[] nameRole = p.split(":");
      list.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"partyNo\":\"P%d\",\"name\":\"%s\",\"role\":\"%s\",\"birthDate\":\"1980-01-01\"}",
                  ++i, nameRole[0], nameRole[1]));
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"140105\",\"caseType\":\"PROSECUTION_REVIEW\","
                + "\"charge\":\"%s\",\"acceptedOn\":\"%s\",\"parties\":[%s]}",
            number, charge, accepted, list));
    lines.add(event(number, "E1", "ACCEPTED", accepted));
    lines.add(event(number, "E2", "CONCLUDED", accepted.plusDays(20)));
    if (judged) {
      lines.add(event(number, "E3", "JUDGMENT_EFFECTIVE", accepted.plusDays(40)));
    }
    lines.add(event(number, "E4", "DECISION_ANNOUNCED", accepted.plusDays(21)));
    lines.add(event(number, "E5", "DECISION_SERVED", accepted.plusDays(21)));
    var report = cases.importSystemBatch(new StringReader(String.join("\n", lines)));
    if (report.rejected() > 0) {
      throw new IllegalStateException(report.toString());
    }
    return cases.locate(number).orElseThrow().caseId();
  }

  /** A case of 小店区 still under review: accepted, nothing decided yet. */
  public long anOpenCase(String party) throws IOException {
    String number =
        "晋小检刑诉受〔2026〕O" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000 + "号";
    LocalDate accepted = LocalDate.now().minusDays(5);
    String line =
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":1,\"unit\":\"140105\",\"caseType\":\"PROSECUTION_REVIEW\","
                + "\"charge\":\"诈骗罪\",\"acceptedOn\":\"%s\",\"parties\":[{\"partyNo\":\"S1\",\"name\":\"%s\",\"role\":\"SUSPECT\",\"birthDate\":\"1980-01-01\"}]}",
            number, accepted, party);
    cases.importSystemBatch(
        new StringReader(line + "\n" + event(number, "E1", "ACCEPTED", accepted)));
    return cases.locate(number).orElseThrow().caseId();
  }

  /** Records an event for one party (by party number) of a case, as upstream sends it. */
  public void partyEvent(long caseId, String partyNo, String type, LocalDate on)
      throws IOException {
    String number = cases.record(caseId).caseNumber();
    String line =
        String.format(
            "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"%s\",\"partyNo\":\"%s\",\"type\":\"%s\",\"on\":\"%s\"}",
            number, "P-" + partyNo + "-" + type, partyNo, type, on);
    var report = cases.importSystemBatch(new StringReader(line));
    if (report.rejected() > 0) {
      throw new IllegalStateException(report.toString());
    }
  }

  /**
   * The next upstream import marks the case secret (国家秘密), as a real import would: a new version of
   * its record with its first accused as it stands.
   */
  public void markSecret(long caseId) throws IOException {
    var c = cases.record(caseId);
    var accused = c.accused().get(0);
    String line =
        String.format(
            "{\"record\":\"case\",\"caseNumber\":\"%s\",\"version\":%d,\"unit\":\"140105\","
                + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"%s\",\"secret\":true,"
                + "\"acceptedOn\":\"%s\",\"parties\":[{\"partyNo\":\"%s\",\"name\":\"%s\","
                + "\"role\":\"SUSPECT\",\"birthDate\":\"%s\"}]}",
            c.caseNumber(),
            SEQ.incrementAndGet() + 1,
            c.charge(),
            c.acceptedOn(),
            accused.partyNo(),
            accused.name(),
            accused.birthDate());
    var report = cases.importSystemBatch(new StringReader(line));
    if (report.rejected() > 0) {
      throw new IllegalStateException(report.toString());
    }
  }

  private static String event(String number, String id, String type, LocalDate on) {
    return String.format(
        "{\"record\":\"event\",\"caseNumber\":\"%s\",\"eventId\":\"%s\",\"partyNo\":null,\"type\":\"%s\",\"on\":\"%s\"}",
        number, id, type, on);
  }

  /** A 起诉书 by the handler of 小店区; returns the document's id. */
  public long anIndictment(long caseId) {
    return documents.create(
        staff("handler"),
        new NewDocument(
            caseId,
            "晋小检刑诉〔2026〕D" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000 + "号",
            DocumentType.INDICTMENT,
            indictment(),
            "test.txt",
            null,
            false));
  }

  /** The handler submits the document and each of these approves it, in order. */
  public void submitAndApprove(long id, String... approvers) {
    workflow.submit(staff("handler"), id);
    for (String who : approvers) {
      workflow.decide(
          staff(who), id, true, "同意", documents.view(staff("handler"), id).contentHash());
    }
  }

  /** Each of these approves the document's pending chain (a withdrawal, a correction), in order. */
  public void approvePending(long id, String... approvers) {
    for (String who : approvers) {
      workflow.decide(
          staff(who),
          id,
          true,
          "同意",
          documents.view(staff("handler"), id).pendingApproval().contentHash());
    }
  }

  public String numberOf(long id) {
    return documents.view(staff("handler"), id).summary().documentNumber();
  }

  /** The case number of a document's case, as the upstream feed names it. */
  public String caseNumberOf(long id) {
    return documents.view(staff("handler"), id).summary().caseNumber();
  }

  public long unitOf(long id) {
    return documents.view(staff("handler"), id).summary().unitId();
  }

  public static String indictment() {
    return """
        山西省太原市小店区人民检察院
        起 诉 书
        晋小检刑诉〔2026〕88号
        被告人张伟强，男，1985年3月12日出生，公民身份号码140105198503120018，汉族，初中文化，无业，住山西省太原市小店区平阳路12号3单元502室。因涉嫌盗窃罪，于2026年5月3日被太原市公安局小店分局刑事拘留，同年6月5日经本院批准逮捕。
        本案由太原市公安局小店分局侦查终结，以被告人张伟强涉嫌盗窃罪，于2026年7月1日向本院移送审查起诉。本院受理后，于次日已告知被告人有权委托辩护人，依法讯问了被告人，听取了被害人李秀兰、张丽的意见，审查了全部案件材料。
        经依法审查查明：
        2026年4月20日14时许，被告人张伟强在太原市小店区某小区内，趁被害人李秀兰不备，窃取其手机一部（价值人民币3200元）。同月25日，张伟强又窃取被害人张丽的电动自行车一辆（价值人民币2100元）。
        本院认为，被告人张伟强以非法占有为目的，多次秘密窃取他人财物，数额较大，其行为已触犯《中华人民共和国刑法》第二百六十四条，犯罪事实清楚，证据确实、充分，应当以盗窃罪追究其刑事责任。根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉，请依法判处。
        此致
        太原市小店区人民法院
        检察官：王志明
        2026年7月20日
        """;
  }
}
