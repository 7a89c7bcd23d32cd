package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.petitions.NewPetition;
import org.sunshine.platform.petitions.Outcome;
import org.sunshine.platform.petitions.PetitionChannel;
import org.sunshine.platform.petitions.PetitionKind;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.petitions.Receipt;

/**
 * 控申's desk in the demo: matters of 小店区 in every state, through the same facade staff use, received
 * on dates that put some in 临期 and some overdue. The anonymous report's password is {@value
 * #REPORT_PASSWORD}.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoPetitions implements ApplicationRunner {

  static final String DATA_SET = "petitions-v1";
  static final String REPORT_PASSWORD = "demo-2026";
  private static final Logger log = LoggerFactory.getLogger(DemoPetitions.class);

  private final Petitions petitions;
  private final StaffAccounts accounts;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoPetitions(
      Petitions petitions,
      StaffAccounts accounts,
      Directory directory,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.petitions = petitions;
    this.accounts = accounts;
    this.directory = directory;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(s -> loadOnce());
  }

  private void loadOnce() {
    boolean claimed =
        jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
                .params(DATA_SET, Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (!claimed || directory.findByCode("140105").isEmpty()) {
      return;
    }
    load(LocalDate.now(clock));
    var month =
        petitions.statistics(directory.findByCode("140105").get().id(), YearMonth.now(clock));
    log.info("Demo petitions loaded: {} received this month at 小店区", month.received());
  }

  private void load(LocalDate today) {
    StaffIdentity office = staff("kongshen");
    StaffIdentity handler = staff("handler");
    long dept = handler.departmentId();
    file(PetitionKind.ACCUSATION, PetitionChannel.VISIT, "控告派出所违法扣押车辆", "王建华", today, false);
    file(
        PetitionKind.REPORT,
        PetitionChannel.LETTER,
        "举报某村干部侵占征地补偿款",
        "李桂兰",
        today.minusDays(6),
        true);
    file(
        PetitionKind.REPORT,
        PetitionChannel.LETTER,
        "举报某局工作人员收受红包",
        "赵志强",
        today.minusDays(12),
        true);
    long material =
        file(
            PetitionKind.CRIMINAL_PETITION,
            PetitionChannel.VISIT,
            "不服盗窃案判决申诉",
            "孙丽娟",
            today.minusDays(4),
            false);
    petitions.askForMaterial(office, material, "原审判决书、裁定书复印件及新的证据材料");
    long accepted =
        file(
            PetitionKind.STATE_COMPENSATION,
            PetitionChannel.LETTER,
            "申请刑事赔偿",
            "周德明",
            today.minusDays(3),
            false);
    petitions.accept(office, accepted);
    long progress =
        file(
            PetitionKind.CONDUCT_COMPLAINT,
            PetitionChannel.PHONE,
            "投诉检察人员接待态度生硬",
            "吴秀梅",
            today.minusDays(20),
            false);
    petitions.accept(office, progress);
    petitions.assign(office, progress, dept);
    petitions.progress(handler, progress, "已调取接待录音录像，正在核查，核查结束后将答复结果。");
    long late =
        file(
            PetitionKind.ACCUSATION,
            PetitionChannel.LETTER,
            "控告公安机关违法立案插手经济纠纷",
            "郑伟",
            today.minusDays(100),
            false);
    petitions.accept(office, late);
    petitions.assign(office, late, dept);
    long answered =
        file(
            PetitionKind.LAWYER_OBSTRUCTION,
            PetitionChannel.VISIT,
            "看守所拒绝律师会见",
            "律师 冯立新",
            today.minusDays(5),
            false);
    petitions.accept(office, answered);
    petitions.assign(office, answered, dept);
    petitions.result(handler, answered, Outcome.UPHELD, "经核查属实，已向看守所制发纠正违法通知书，律师已于次日会见。");
    long closed =
        file(
            PetitionKind.NON_PROSECUTION_APPEAL,
            PetitionChannel.VISIT,
            "不服不起诉决定申诉",
            "陈淑芬",
            today.minusDays(40),
            false);
    petitions.accept(office, closed);
    petitions.assign(office, closed, dept);
    petitions.result(handler, closed, Outcome.NOT_UPHELD, "经复查，原不起诉决定认定事实清楚，适用法律正确，决定维持。");
    petitions.close(office, closed);
    long referred =
        file(
            PetitionKind.OTHER, PetitionChannel.PHONE, "反映小区物业纠纷", "杨光", today.minusDays(2), false);
    petitions.refer(office, referred, "太原市小店区人民法院或住房和城乡建设部门");
    long transferred =
        file(
            PetitionKind.ACCUSATION,
            PetitionChannel.LETTER,
            "控告市级机关工作人员滥用职权",
            "何振东",
            today.minusDays(3),
            false);
    petitions.transfer(office, transferred, directory.findByCode("140100").orElseThrow().id());
    long disclosure =
        file(
            PetitionKind.DISCLOSURE_REQUEST,
            PetitionChannel.LETTER,
            "申请公开本院 2025 年度检务公开工作报告",
            "高明",
            today.minusDays(25),
            false);
    petitions.accept(office, disclosure);
    // 政府信息公开条例 第三十三条第二款: asked by 控申, extended once the head consents.
    petitions.requestExtension(office, disclosure, "涉及多个部门数据汇总，需延长答复期限。");
    petitions.decideExtension(staff("depthead"), disclosure, true, "同意延长二十个工作日。");
    long reopened =
        file(
            PetitionKind.CRIMINAL_PETITION,
            PetitionChannel.LETTER,
            "不服诈骗案判决申诉",
            "林晓燕",
            today.minusDays(60),
            false);
    petitions.accept(office, reopened);
    petitions.assign(office, reopened, dept);
    petitions.result(handler, reopened, Outcome.NOT_UPHELD, "经审查，原判决认定事实清楚，不符合立案复查条件。");
    petitions.close(office, reopened);
    petitions.reopen(office, reopened, "申诉人提交新的证据，依法重新审查。");
    // 应公开而未公开: a letter naming the case and the type, with the publishing department.
    long withheld =
        petitions
            .register(
                office,
                new NewPetition(
                    office.unitId(),
                    PetitionKind.DISCLOSURE_OBJECTION,
                    PetitionChannel.LETTER,
                    "起诉书应公开而未公开",
                    "该案判决已于上月生效，本院网站至今未公开起诉书，请求依法公开。",
                    "晋小检刑诉受[2026]15号",
                    false,
                    false,
                    "孙立新",
                    "13934561234",
                    null,
                    "太原市小店区",
                    null,
                    null,
                    null,
                    today.minusDays(3),
                    List.of(),
                    "INDICTMENT"))
            .id();
    petitions.accept(office, withheld);
    petitions.assign(office, withheld, dept);
    petitions.publishReceptionDay(
        office, today.plusDays(3), LocalTime.of(9, 0), LocalTime.of(11, 30), "张正平检察长", 6, false);
    petitions.publishReceptionDay(
        office, today.plusDays(10), LocalTime.of(14, 30), LocalTime.of(17, 0), "刘振华副检察长", 4, true);
    petitions.publishReceptionDay(
        office, today.plusDays(17), LocalTime.of(9, 0), LocalTime.of(11, 30), "张正平检察长", 6, false);
    petitions.register(
        office,
        new NewPetition(
            office.unitId(),
            PetitionKind.REPORT,
            PetitionChannel.PHONE,
            "匿名举报",
            "举报某建筑工地负责人向监管人员行贿。",
            null,
            true,
            true,
            null,
            null,
            null,
            null,
            REPORT_PASSWORD,
            null,
            null,
            today.minusDays(1),
            List.of()));
  }

  private long file(
      PetitionKind kind,
      PetitionChannel channel,
      String subject,
      String name,
      LocalDate received,
      boolean confidential) {
    StaffIdentity office = staff("kongshen");
    Receipt r =
        petitions.register(
            office,
            new NewPetition(
                office.unitId(),
                kind,
                channel,
                subject,
                subject + "。具体情况见来信（来访记录），请依法处理并答复。",
                null,
                false,
                confidential,
                name,
                "13" + String.format("%09d", Math.abs(subject.hashCode()) % 1_000_000_000),
                null,
                "太原市小店区",
                null,
                null,
                null,
                received,
                List.of()));
    return r.id();
  }

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }
}
