package org.sunshine.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class CaseImportTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }

  private static String caseLine(String number, int version, String unit, String charge) {
    return "{\"record\":\"case\",\"caseNumber\":\""
        + number
        + "\",\"version\":"
        + version
        + ",\"unit\":\""
        + unit
        + "\",\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\""
        + charge
        + "\",\"procurator\":\"李明轩\","
        + "\"acceptedOn\":\"2026-10-01\",\"parties\":[{\"partyNo\":\"S1\",\"name\":\"张三\",\"role\":\"SUSPECT\","
        + "\"birthDate\":\"1990-01-01\",\"nationality\":\"中国\"},{\"partyNo\":\"S2\",\"name\":\"李四\",\"role\":\"SUSPECT\","
        + "\"birthDate\":\"1991-01-01\",\"nationality\":\"中国\"}]}";
  }

  private static String eventLine(String number, String id, String party, String type, String on) {
    return "{\"record\":\"event\",\"caseNumber\":\""
        + number
        + "\",\"eventId\":\""
        + id
        + "\",\"partyNo\":"
        + (party == null ? "null" : "\"" + party + "\"")
        + ",\"type\":\""
        + type
        + "\",\"on\":\""
        + on
        + "\"}";
  }

  private ImportReport run(String... lines) throws Exception {
    return cases.importBatch(staff("casemgmt"), new StringReader(String.join("\n", lines)), false);
  }

  private CaseView find(String number) {
    long id = cases.visibleTo(staff("casemgmt"), number, false).get(0).id();
    return cases.view(staff("casemgmt"), id);
  }

  @Test
  void importingTheSameBatchTwiceChangesNothing() throws Exception {
    String n = "TEST-IDEMPOTENT-" + SEQ.incrementAndGet();
    String[] batch = {
      caseLine(n, 1, "140105", "盗窃罪"), eventLine(n, "E1", null, "ACCEPTED", "2026-10-01")
    };
    assertThat(run(batch).applied()).isEqualTo(2);
    ImportReport again = run(batch);
    assertThat(again.applied()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(find(n).caseEvents()).hasSize(1);
  }

  @Test
  void anOlderVersionNeverRollsACaseBack() throws Exception {
    String n = "TEST-VERSION-" + SEQ.incrementAndGet();
    run(caseLine(n, 3, "140105", "诈骗罪"));
    ImportReport late = run(caseLine(n, 2, "140105", "盗窃罪"));
    assertThat(late.unchanged()).isEqualTo(1);
    assertThat(find(n).charge()).isEqualTo("诈骗罪");
    run(caseLine(n, 4, "140105", "合同诈骗罪"));
    assertThat(find(n).charge()).isEqualTo("合同诈骗罪");
  }

  @Test
  void eachPartyHasItsOwnProceduralRecordThatMovesSeparately() throws Exception {
    String n = "TEST-PARTIES-" + SEQ.incrementAndGet();
    run(
        caseLine(n, 1, "140105", "盗窃罪"),
        eventLine(n, "E1", null, "ACCEPTED", "2026-10-01"),
        eventLine(n, "E2", "S1", "PROSECUTED", "2026-10-20"));
    CaseView c = find(n);
    assertThat(c.accused()).hasSize(2);
    assertThat(c.accused().get(0).deadline().concluded()).isTrue();
    assertThat(c.accused().get(1).deadline().concluded()).isFalse();
  }

  @Test
  void badRecordsAreRejectedOneByOneWithTheFieldNamedAndTheRestApplied() throws Exception {
    String n = "TEST-ERRORS-" + SEQ.incrementAndGet();
    ImportReport r =
        run(
            caseLine(n, 1, "140105", "盗窃罪"),
            caseLine("TEST-UNKNOWN-UNIT", 1, "149999", "盗窃罪"),
            eventLine(n, "E1", null, "ACCEPTED", "2026-10-01"),
            eventLine(n, "E2", null, "CONCLUDED", "2026-09-01"),
            eventLine(n, "E3", null, "TELEPORTED", "2026-10-02"),
            eventLine(n, "E4", "S9", "PROSECUTED", "2026-10-05"),
            "{\"record\":\"case\",\"caseNumber\":\"TEST-DUP\",\"version\":1,\"unit\":\"140105\",\"caseType\":\"PROSECUTION_REVIEW\","
                + "\"parties\":[{\"partyNo\":\"S1\",\"name\":\"甲\",\"role\":\"SUSPECT\"},{\"partyNo\":\"S1\",\"name\":\"乙\",\"role\":\"SUSPECT\"}]}");
    assertThat(r.applied()).isEqualTo(2);
    assertThat(r.errors())
        .extracting(ImportReport.RecordError::field)
        .containsExactly("unit", "on", "type", "partyNo", "parties[1].partyNo");
    assertThat(r.errors().get(1).message()).contains("早于受理日期");
  }

  @Test
  void aUnitOutsideTheImportersScopeIsRejected() throws Exception {
    ImportReport r = run(caseLine("TEST-SCOPE-" + SEQ.incrementAndGet(), 1, "140106", "盗窃罪"));
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.errors().get(0).message()).contains("数据范围");
  }

  @Test
  void csvRowsOfOneCaseBecomeOneRecordWithAllItsParties() throws Exception {
    String n = "TEST-CSV-" + SEQ.incrementAndGet();
    String csv =
        "record,caseNumber,version,unit,caseType,charge,procurator,acceptedOn,partyNo,name,role,birthDate,nationality,eventId,type,on\n"
            + "case,"
            + n
            + ",1,140105,PROSECUTION_REVIEW,盗窃罪,李明轩,2026-10-01,S1,王五,SUSPECT,1980-01-01,中国,,,\n"
            + "case,"
            + n
            + ",1,140105,PROSECUTION_REVIEW,盗窃罪,李明轩,2026-10-01,S2,赵六,SUSPECT,1981-01-01,中国,,,\n"
            + "event,"
            + n
            + ",,,,,,,,,,,,E1,ACCEPTED,2026-10-01\n";
    ImportReport r = cases.importBatch(staff("casemgmt"), new StringReader(csv), true);
    assertThat(r.rejected()).isZero();
    assertThat(find(n).accused()).extracting(PartyRecord::name).containsExactly("王五", "赵六");
  }

  @Test
  void aLargeBatchCrossingChunksIsAppliedOnceAndRepeatedIdsInsideItAreUnchanged() throws Exception {
    String n = "TEST-BULK-" + SEQ.incrementAndGet();
    List<String> lines = new ArrayList<>();
    lines.add(caseLine(n, 1, "140105", "盗窃罪"));
    for (int i = 0; i < 2500; i++) {
      lines.add(eventLine(n, "B" + i, i % 2 == 0 ? "S1" : "S2", "DEADLINE_EXTENDED", "2026-10-02"));
    }
    lines.add(eventLine(n, "B7", "S2", "DEADLINE_EXTENDED", "2026-10-02"));
    ImportReport r = run(lines.toArray(String[]::new));
    assertThat(r.applied()).isEqualTo(2501);
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(run(lines.toArray(String[]::new)).unchanged()).isEqualTo(2502);
  }

  @Test
  void aCaseOfAnotherUnitCannotBeTakenOverByReImportingItUnderOnesOwnUnit() throws Exception {
    String n = "TEST-TAKEOVER-" + SEQ.incrementAndGet();
    cases.importSystemBatch(new StringReader(caseLine(n, 1, "140106", "盗窃罪")));
    ImportReport r = run(caseLine(n, 9, "140105", "盗窃罪"));
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.errors().get(0).message()).contains("数据范围");
  }

  @Test
  void onlyCaseManagementMayImport() {
    assertThatThrownBy(() -> cases.importBatch(staff("handler"), new StringReader(""), false))
        .isInstanceOf(AccessDeniedException.class);
  }
}
