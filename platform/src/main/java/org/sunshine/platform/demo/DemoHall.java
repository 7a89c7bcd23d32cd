package org.sunshine.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.petitions.NewPetition;
import org.sunshine.platform.petitions.Outcome;
import org.sunshine.platform.petitions.PetitionChannel;
import org.sunshine.platform.petitions.PetitionKind;
import org.sunshine.platform.petitions.Petitions;
import org.sunshine.platform.petitions.ServiceHall;

/**
 * The service hall's other windows in the demo (小店区): 行贿犯罪档案查询 waiting, answered with no record and
 * answered with a conviction; reception days booked in person and by video, one visit already
 * accepted; objections to a published document, one new and one answered and closed. After the
 * petitions' own demo ({@link DemoPetitions}).
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoHall implements ApplicationRunner {

  static final String DATA_SET = "petitions-hall-v1";
  static final String OBJECTIONS = "petitions-objections-v1";
  private static final Logger log = LoggerFactory.getLogger(DemoHall.class);

  private final ServiceHall hall;
  private final Petitions petitions;
  private final LawyerGrants applicants;
  private final StaffAccounts accounts;
  private final Directory directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoHall(
      ServiceHall hall,
      Petitions petitions,
      LawyerGrants applicants,
      StaffAccounts accounts,
      Directory directory,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.hall = hall;
    this.petitions = petitions;
    this.applicants = applicants;
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
    long unit = directory.findByCode("140105").get().id();
    briberyChecks(unit);
    receptions(unit, LocalDate.now(clock));
    log.info("Demo service hall loaded: bribery checks and reception bookings");
  }

  /** Objections need a published document: they wait (at most an hour) for the demo documents. */
  @EventListener(ApplicationReadyEvent.class)
  void afterDocuments() {
    Thread t =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 720 && !loaded(DemoDocumentLoader.DATA_SET); i++) {
                  Thread.sleep(5_000);
                }
                tx.executeWithoutResult(s -> objectionsOnce());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                log.warn("Demo objections left out: {}", e.getMessage());
              }
            },
            "demo-objections");
    t.setDaemon(true);
    t.start();
  }

  private boolean loaded(String name) {
    return jdbc.sql("select count(*) from demo_data_set where name = ?")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  private void objectionsOnce() {
    boolean claimed =
        jdbc.sql("insert into demo_data_set (name, loaded_at) values (?, ?) on conflict do nothing")
                .params(OBJECTIONS, Timestamp.from(clock.instant()))
                .update()
            == 1;
    if (claimed && directory.findByCode("140105").isPresent()) {
      objections(directory.findByCode("140105").get().id());
      log.info("Demo objections loaded");
    }
  }

  private void briberyChecks(long unit) {
    StaffIdentity office = staff("kongshen");
    hall.requestBriberyCheck(
        applicants.applicantFor("13900000211"),
        unit,
        "山西华远建筑工程有限公司",
        "山西华远建筑工程有限公司、王志勇",
        "参加小店区政府投资项目招标");
    long none =
        hall.requestBriberyCheck(
            applicants.applicantFor("13900000212"),
            unit,
            "太原市鑫盛物资贸易有限公司",
            "太原市鑫盛物资贸易有限公司、李国庆",
            "参加国有企业物资采购投标");
    hall.answerBriberyCheck(office, none, false, null);
    long found =
        hall.requestBriberyCheck(
            applicants.applicantFor("13900000213"),
            unit,
            "太原市小店区住房和城乡建设局",
            "晋阳恒达建材有限公司",
            "供应商资格审查");
    hall.answerBriberyCheck(
        office,
        found,
        true,
        "晋阳恒达建材有限公司于 2021 年经太原市小店区人民法院（2021）晋0105刑初123号刑事判决认定犯单位行贿罪，判处罚金人民币五十万元，判决已生效。");
  }

  private void receptions(long unit, LocalDate today) {
    StaffIdentity office = staff("kongshen");
    long day =
        petitions.publishReceptionDay(
            office,
            today.plusDays(7),
            LocalTime.of(9, 0),
            LocalTime.of(11, 30),
            "张正平检察长",
            5,
            false);
    long video =
        petitions.publishReceptionDay(
            office,
            today.plusDays(14),
            LocalTime.of(14, 30),
            LocalTime.of(16, 30),
            "刘振华副检察长",
            3,
            true);
    long visit =
        hall.bookReception(
            applicants.applicantFor("13900000221"),
            day,
            matter(unit, PetitionKind.CRIMINAL_PETITION, "不服故意伤害案判决申诉", "马玉兰", "13900000221"));
    petitions.accept(office, visit);
    hall.bookReception(
        applicants.applicantFor("13900000222"),
        day,
        matter(unit, PetitionKind.ACCUSATION, "控告派出所久拖不立案", "段文涛", "13900000222"));
    hall.bookReception(
        applicants.applicantFor("13900000223"),
        video,
        matter(unit, PetitionKind.NON_PROSECUTION_APPEAL, "不服不起诉决定，申请视频接访", "侯春燕", "13900000223"));
  }

  private void objections(long unit) {
    var document = hall.latestPublishedDocument(unit);
    if (document.isEmpty()) {
      return;
    }
    StaffIdentity office = staff("kongshen");
    StaffIdentity handler = staff("handler");
    petitions.register(
        office,
        objection(
            unit,
            document.get(),
            "文书披露本人工作单位，可识别身份",
            "该文书写明了本人（证人）的工作单位和职务，熟人一看便知是我，请求更正隐名。",
            "贺丽萍"));
    long kept =
        petitions
            .register(
                office,
                objection(unit, document.get(), "认为判决未生效不应公开", "该案尚在上诉期内，不应公开本文书，请求撤回。", "石建明"))
            .id();
    petitions.accept(office, kept);
    petitions.assign(office, kept, handler.departmentId());
    petitions.result(
        handler, kept, Outcome.KEEP, "经核查，该案判决已经生效，文书公开前已依法作隐名处理，公开符合《人民检察院案件信息公开工作规定》，决定维持公开。");
    petitions.close(office, kept);
  }

  private static NewPetition matter(
      long unit, PetitionKind kind, String subject, String name, String mobile) {
    return new NewPetition(
        unit,
        kind,
        PetitionChannel.RECEPTION,
        subject,
        subject + "。预约院领导接访，当面反映情况并提交材料。",
        null,
        false,
        false,
        name,
        mobile,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  private static NewPetition objection(
      long unit, long document, String subject, String text, String name) {
    return new NewPetition(
        unit,
        PetitionKind.DISCLOSURE_OBJECTION,
        PetitionChannel.LETTER,
        subject,
        text,
        null,
        false,
        true,
        name,
        null,
        null,
        "太原市小店区",
        null,
        null,
        document,
        null,
        List.of());
  }

  private StaffIdentity staff(String username) {
    return accounts.identity(username).orElseThrow();
  }
}
