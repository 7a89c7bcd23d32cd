package org.sunshine.platform.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.lawyers.LawyerServices;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Lawyer services in the demo (issue 18): verified lawyers of 山西 firms bound to open cases of 小店区,
 * one lawyer waiting for verification and one binding waiting for 案管, and requests in every state —
 * submitted with a reading-room booking, accepted, waiting for a supplement, granted, partly
 * granted, refused with reasons, fulfilled (an online review with its stamped file), closed,
 * withdrawn, 超期 and 临期 (received on earlier working days and entered with their day of receipt) —
 * and a complaint of obstruction for the deputy chief. Through the same services the pages use,
 * once per database.
 */
@Component
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoLawyers {

  static final String DATA_SET = "lawyers-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoLawyers.class);
  private static final String SLOT = "09:00-11:30";

  private final LawyerServices lawyers;
  private final LawyerGrants grants;
  private final Cases cases;
  private final StaffAccounts accounts;
  private final WorkingCalendar calendar;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoLawyers(
      LawyerServices lawyers,
      LawyerGrants grants,
      Cases cases,
      StaffAccounts accounts,
      WorkingCalendar calendar,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.lawyers = lawyers;
    this.grants = grants;
    this.cases = cases;
    this.accounts = accounts;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void onReady() {
    if (jdbc.sql("select count(*) from demo_data_set where name = ?")
            .param(DATA_SET)
            .query(Long.class)
            .single()
        > 0) {
      return;
    }
    try {
      tx.executeWithoutResult(s -> load());
      log.info("Demo lawyer services loaded");
    } catch (RuntimeException e) {
      log.warn("Demo lawyer services not loaded: {}", e.getMessage());
    }
  }

  private void load() {
    StaffIdentity cm = accounts.identity("casemgmt").orElseThrow();
    List<PartyRecord[]> open = new ArrayList<>();
    List<CaseView> openCases = new ArrayList<>();
    // The longest-running open cases: the tests take theirs from the newest, so none shares a
    // party.
    List<CaseView> candidates =
        cases.allIds().stream()
            .map(cases::record)
            .filter(c -> c.unitId() == cm.unitId() && !c.secret() && c.acceptedOn() != null)
            .filter(c -> c.caseNumber().startsWith("晋"))
            .sorted(Comparator.comparing(CaseView::acceptedOn).thenComparing(CaseView::id))
            .toList();
    for (CaseView c : candidates) {
      if (openCases.size() >= 3) {
        break;
      }
      c.accused().stream()
          .filter(PartyRecord::disclosable)
          .filter(p -> cases.disclosure(c.id(), p.id()).concludedOn().isEmpty())
          .findFirst()
          .ifPresent(
              p -> {
                openCases.add(c);
                open.add(new PartyRecord[] {p});
              });
    }
    if (openCases.size() < 3) {
      throw new IllegalStateException("not enough open cases for the lawyer demo");
    }
    byte[] pdf = pdf(3);
    long zhang = grants.applicantFor("13900000101");
    long li = grants.applicantFor("13900000102");
    long wang = grants.applicantFor("13900000103");
    lawyers.registerVerified(
        cm, zhang, "张明", "140105198203041234", "11401200810123456", "山西晋阳律师事务所", "执业证.pdf", pdf);
    lawyers.registerVerified(
        cm, li, "李华", "140106198511201226", "11401201110654321", "山西汾河律师事务所", "执业证.pdf", pdf);
    lawyers.registerPending(
        cm.unitId(),
        wang,
        "王芳",
        "140107199001151248",
        "11401201910111222",
        "山西并州律师事务所",
        "执业证.pdf",
        pdf);

    long g1 =
        bindAndApprove(
            cm,
            zhang,
            "张明",
            "140105198203041234",
            "11401200810123456",
            "山西晋阳律师事务所",
            openCases.get(0),
            open.get(0)[0],
            pdf);
    long g2 =
        bindAndApprove(
            cm,
            zhang,
            "张明",
            "140105198203041234",
            "11401200810123456",
            "山西晋阳律师事务所",
            openCases.get(1),
            open.get(1)[0],
            pdf);
    long g3 =
        bindAndApprove(
            cm,
            li,
            "李华",
            "140106198511201226",
            "11401201110654321",
            "山西汾河律师事务所",
            openCases.get(0),
            open.get(0)[0],
            pdf);
    // A binding 案管 has not yet checked.
    grants.bind(
        li,
        binding(
            "李华",
            "140106198511201226",
            "11401201110654321",
            "山西汾河律师事务所",
            openCases.get(2),
            open.get(2)[0],
            pdf));

    LocalDate today = LocalDate.now(clock);
    LocalDate day = calendar.plusWorkingDays(today, 2);
    // 已提交: an on-site review waiting for 案管 to confirm the slot.
    lawyers.file(zhang, g1, "FILE_REVIEW", "查阅、复制全部案卷材料", null, day, SLOT);
    // 准许: another on-site review, its slot confirmed.
    long granted = lawyers.file(zhang, g2, "FILE_REVIEW", "查阅补充侦查卷", null, day, "14:00-17:00");
    lawyers.step(cm, granted, "GRANT", null, "请携带律师执业证原件按时到院阅卷");
    // 已办结: an online review, the electronic file released with a seven-day link.
    long online = lawyers.file(zhang, g1, "ONLINE_FILE_REVIEW", "申请网上阅卷", null, null, null);
    lawyers.step(cm, online, "GRANT", null, null);
    lawyers.release(cm, online, "起诉意见书及证据卷.pdf", pdf(4));
    // 已受理 and 待补正.
    long hearing =
        lawyers.file(
            zhang, g1, "HEARING_OF_OPINION", "就认罪认罚从宽及量刑建议当面听取辩护律师意见", "工作日下午", null, null);
    lawyers.step(cm, hearing, "ACCEPT", null, null);
    lawyers.step(cm, hearing, "ROUTE", null, null); // waits in the handler's 待办
    long meeting = lawyers.file(zhang, g2, "MEETING", "申请会见在押犯罪嫌疑人", "本周内", null, null);
    lawyers.step(cm, meeting, "SUPPLEMENT", null, "请补充提交会见通知书及律师事务所函");
    // 部分准许, 不予准许 (and 已归档), 已撤回.
    long evidence =
        lawyers.file(li, g3, "EVIDENCE_COLLECTION", "申请调取案发当晚小区监控录像及证人王某的证言", null, null, null);
    lawyers.step(cm, evidence, "PARTLY", "NOT_NEEDED_FOR_DEFENCE", "监控录像已调取；证人王某证言与待证事实无关，不予调取");
    long measure =
        lawyers.file(li, g3, "MEASURE_CHANGE", "犯罪嫌疑人患有严重疾病，申请变更为取保候审", null, null, null);
    lawyers.step(cm, measure, "REFUSE", "NO_LEGAL_GROUNDS", "经审查，犯罪嫌疑人不符合取保候审条件，继续羁押确有必要");
    lawyers.complain(li, measure, "申请变更强制措施后，承办人未听取辩护律师意见即作出决定，阻碍依法行使辩护权");
    long opinion = lawyers.file(zhang, g1, "DEFENCE_OPINION", "提交无罪辩护意见书一份", null, null, null);
    lawyers.step(cm, opinion, "GRANT", null, null);
    lawyers.step(cm, opinion, "FULFIL", null, "辩护意见已登记并附卷");
    lawyers.step(cm, opinion, "CLOSE", null, null);
    long withdrawn =
        lawyers.file(zhang, g2, "NON_LAWYER_DEFENDER", "申请许可近亲属担任辩护人", null, null, null);
    lawyers.withdraw(zhang, withdrawn);
    late(cm, zhang, li, g1, g2, g3, today);
    jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
        .params(DATA_SET, Timestamp.from(clock.instant()))
        .update();
  }

  /**
   * 超期 and 临期: requests that reached the unit on earlier working days, entered with their day of
   * receipt, so their due dates are the rules' own (periods of the default settings: evidence 7
   * working days, online review and a defence opinion 3).
   */
  private void late(
      StaffIdentity cm, long zhang, long li, long g1, long g2, long g3, LocalDate today) {
    // Due two working days ago: late enough for the deputy chiefs' reminder (escalate-after 2).
    LocalDate dueLongAgo = workingDaysBefore(today, 2);
    lawyers.fileReceivedOn(
        li,
        g3,
        "EVIDENCE_COLLECTION",
        "申请调取被害人就诊医院的全部病历及伤情鉴定送检材料",
        null,
        workingDaysBefore(dueLongAgo, 7));
    // Accepted, due on the last working day: one day late.
    long online =
        lawyers.fileReceivedOn(
            zhang,
            g2,
            "ONLINE_FILE_REVIEW",
            "申请网上阅卷（补充侦查卷）",
            null,
            workingDaysBefore(workingDaysBefore(today, 1), 3));
    lawyers.step(cm, online, "ACCEPT", null, null);
    // 临期: due on the next working day.
    lawyers.fileReceivedOn(
        zhang,
        g1,
        "DEFENCE_OPINION",
        "提交罪轻辩护意见：犯罪嫌疑人系初犯、偶犯，已退赃并取得被害人谅解",
        null,
        workingDaysBefore(calendar.plusWorkingDays(today, 1), 3));
  }

  /** The working day n working days before {@code day}. */
  private LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate d = day;
    for (int counted = 0; counted < n; ) {
      d = d.minusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  private long bindAndApprove(
      StaffIdentity cm,
      long applicant,
      String name,
      String id,
      String licence,
      String firm,
      CaseView c,
      PartyRecord p,
      byte[] pdf) {
    long application = grants.bind(applicant, binding(name, id, licence, firm, c, p, pdf));
    grants.approve(cm, application);
    return grants.bindings(applicant).stream()
        .filter(b -> b.caseId() == c.id() && b.partyId() == p.id())
        .findFirst()
        .orElseThrow()
        .grantId();
  }

  private static LawyerGrants.Binding binding(
      String name, String id, String licence, String firm, CaseView c, PartyRecord p, byte[] pdf) {
    return new LawyerGrants.Binding(
        c.caseNumber(),
        p.name(),
        true,
        name,
        id,
        licence,
        firm,
        c.unitId(),
        List.of(
            new LawyerGrants.File("LAWYER_LICENCE", "执业证.pdf", "application/pdf", pdf),
            new LawyerGrants.File("FIRM_LETTER", "律师事务所函.pdf", "application/pdf", pdf),
            new LawyerGrants.File("POWER_OF_ATTORNEY", "授权委托书.pdf", "application/pdf", pdf)));
  }

  /** A real PDF of blank A4 pages (the demo's stand-in for scanned files). */
  private static byte[] pdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
