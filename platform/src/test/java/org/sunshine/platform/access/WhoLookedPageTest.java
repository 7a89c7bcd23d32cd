package org.sunshine.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.cases.CaseProbe;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class WhoLookedPageTest {

  private static final String ID_NUMBER = "140105199001011234";

  @Autowired MockMvc mvc;
  @Autowired Applicants applicants;
  @Autowired AccessApplications applications;
  @Autowired CaseStatusQueries queries;
  @Autowired Cases cases;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  @Test
  void repeatedLooksBySameViewerAndChannelOnOneDayAreOneRowWithACountAndTheKioskIsNamedOnce()
      throws Exception {
    var casemgmt = accounts.identity("casemgmt").orElseThrow();
    List<Long> disclosable = CaseProbe.disclosableCaseIds(cases, casemgmt);
    // The oldest case accepted in the last 60 days (the list is newest first): older demo cases may
    // have been concluded for longer than a grant outlives them (the page rightly answers 404), and
    // other test classes follow the newest ones, whose looks would show here too.
    LocalDate recent = LocalDate.now().minusDays(60);
    CaseView c =
        disclosable.stream()
            .map(id -> cases.view(casemgmt, id))
            .filter(v -> v.acceptedOn() != null && v.acceptedOn().isAfter(recent))
            .reduce((newer, older) -> older)
            .orElseThrow();
    String party = c.accused().get(0).name();
    String mobile = "13866600001";
    applicants.sendCode(mobile);
    long me = applicants.signIn(mobile, OneTimeCodes.lastSentTo(jdbc, mobile)).orElseThrow();
    long id =
        applications.submit(
            me,
            new ApplicationForm(
                c.caseNumber(),
                party,
                Relation.PARTY,
                party,
                ID_NUMBER,
                null,
                null,
                directory.findByCode("140105").orElseThrow().id()),
            List.of(
                new MaterialUpload(
                    Relation.Material.ID_CARD, "id.pdf", "application/pdf", "%PDF".getBytes())));
    String code =
        applications.decide(casemgmt, id, AccessApplications.Verdict.APPROVE, null).queryCode();
    long grant = queries.grantsOf(me).get(0).id();
    queries.kiosk(code, ID_NUMBER);
    queries.kiosk(code, ID_NUMBER);

    MockHttpSession session = new MockHttpSession();
    session.setAttribute(ApplicantController.SESSION_KEY, me);
    String page = "";
    for (int i = 0; i < 3; i++) {
      page =
          mvc.perform(get("/access/grants/" + grant).session(session))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
    }
    String list = page.substring(page.indexOf("id=\"who-looked\""));
    list = list.substring(0, list.indexOf("</ul>"));
    List<String> rows = Arrays.stream(list.split("<li")).skip(1).toList();
    // The page was opened three times: the list counts the first two and the third that shows it.
    assertThat(rows)
        .filteredOn(r -> r.contains("查询申请人"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("共 3 次").contains("网上"));
    assertThat(rows)
        .filteredOn(r -> r.contains("服务大厅触摸屏"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("共 2 次").doesNotContain(">触摸屏<"));
    // Whoever else looked (案管 deciding) is one row each too: no two rows name the same viewer and
    // channel on the same day.
    assertThat(rows.stream().map(r -> r.replaceAll("共 \\d+ 次|\\d\\d:\\d\\d", "")))
        .doesNotHaveDuplicates();
  }
}
