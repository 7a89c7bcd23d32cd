package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.support.PlatformTest;

/**
 * 第一百六十一条: a matter transferred (移送) is taken up at the receiving unit with its record, on fresh
 * clocks, and the petitioner follows it there.
 */
@PlatformTest
class TransferredMatterTest {

  private static final Pattern CODE = Pattern.compile("XF[0-9A-Z]{10}");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0};

  @Autowired MockMvc mvc;
  @Autowired Petitions petitions;
  @Autowired PetitionQueries queries;
  @Autowired StaffAccounts accounts;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  StaffIdentity kongshen() {
    return accounts.identity("kongshen").orElseThrow();
  }

  long taiyuan() {
    return directory.findByCode("140100").orElseThrow().id();
  }

  /** 太原市院's 控申 (the demo has none there). */
  StaffIdentity taiyuanOffice() {
    return new StaffIdentity(
        990_001,
        "kongshen.taiyuan",
        "太原市院控申",
        taiyuan(),
        null,
        Set.of(Role.PETITIONS_OFFICE),
        DataScope.OWN_UNIT,
        true);
  }

  @Test
  void aTransferredMatterIsRegisteredAtTheReceivingUnit() {
    LocalDate received = LocalDate.now().minusDays(5);
    NewPetition letter =
        new NewPetition(
            kongshen().unitId(),
            PetitionKind.REPORT,
            PetitionChannel.LETTER,
            "举报市级机关工作人员受贿",
            "举报市某局副局长收受开发商财物，请依法查处。",
            null,
            false,
            true,
            "钱卫国",
            "13755501234",
            null,
            "太原市迎泽区",
            null,
            null,
            null,
            received,
            List.of(new NewPetition.Scan("举报信.png", "image/png", PNG)));
    Receipt filed = petitions.register(kongshen(), letter);
    petitions.transfer(kongshen(), filed.id(), taiyuan());

    PetitionView sent = queries.view(kongshen(), filed.id());
    assertThat(sent.state()).isEqualTo(PetitionState.TRANSFERRED);
    Long takenId = sent.takenUpAsId();
    assertThat(takenId).as("the sending unit shows where it went").isNotNull();

    PetitionView taken = queries.view(taiyuanOffice(), takenId);
    assertThat(taken.unitId()).isEqualTo(taiyuan());
    assertThat(taken.transferredFromId()).isEqualTo(filed.id());
    assertThat(taken.state()).isEqualTo(PetitionState.REGISTERED);
    assertThat(taken.body()).isEqualTo(letter.text());
    assertThat(taken.confidential()).as("the reporter's confidentiality goes with it").isTrue();
    assertThat(taken.scans()).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(11));
    assertThat(queries.petitioner(taiyuanOffice(), takenId).orElseThrow().name()).isEqualTo("钱卫国");
    // Fresh clocks: counted from the day it arrived, not from the day the sending unit received it.
    assertThat(taken.receivedOn()).isEqualTo(LocalDate.now());
    assertThat(taken.deadlines().get(0).due()).isAfterOrEqualTo(LocalDate.now().plusDays(7));
    assertThat(taken.steps()).extracting(PetitionRows.StepRow::action).contains("TRANSFERRED_IN");
    // Only the receiving unit handles it; the sending unit's 控申 does not see it.
    assertThat(queries.queue(taiyuanOffice(), PetitionQueries.Queue.ALL))
        .extracting(PetitionView::id)
        .contains(takenId);
    assertThat(queries.queue(kongshen(), PetitionQueries.Queue.ALL))
        .extracting(PetitionView::id)
        .doesNotContain(takenId);
  }

  @Test
  void anAnonymousReporterFollowsATransferredMatterWithTheOldCode() throws Exception {
    String address = "10.19.7.1";
    String page =
        mvc.perform(
                multipart("/petitions/report")
                    .param("unitId", String.valueOf(kongshen().unitId()))
                    .param("kind", "REPORT")
                    .param("text", "举报市某局领导插手工程招标。")
                    .param("password", "follow-me-1")
                    .with(csrf())
                    .with(
                        r -> {
                          r.setRemoteAddr(address);
                          return r;
                        }))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = CODE.matcher(page);
    assertThat(m.find()).isTrue();
    String code = m.group();
    long id =
        jdbc.sql("select id from petition where query_code = ?")
            .param(code)
            .query(Long.class)
            .single();
    petitions.transfer(kongshen(), id, taiyuan());
    long taken = queries.view(kongshen(), id).takenUpAsId();
    PetitionView there = queries.view(taiyuanOffice(), taken);
    assertThat(there.anonymous()).isTrue();
    assertThat(queries.petitioner(taiyuanOffice(), taken)).isEmpty();
    petitions.accept(taiyuanOffice(), taken);

    MockHttpSession session = new MockHttpSession();
    String wrong = track(code, "follow-me-2", address, session);
    assertThat(wrong).doesNotContain("已由本院受理");
    String followed = track(code, "follow-me-1", address, session);
    String receiving = directory.get(taiyuan()).name();
    assertThat(followed).contains("已连同材料移送" + receiving).contains("已由本院受理").contains(receiving);
    // The receiving unit's reply letter opens from the matter the reporter followed.
    long reply = queries.view(taiyuanOffice(), taken).replies().get(0).id();
    var pdf = mvc.perform(get("/petitions/replies/" + reply + ".pdf").session(session));
    assertThat(pdf.andReturn().getResponse().getContentType()).isEqualTo("application/pdf");
  }

  private String track(String code, String password, String address, MockHttpSession session)
      throws Exception {
    return mvc.perform(
            post("/petitions/track")
                .param("code", code)
                .param("password", password)
                .session(session)
                .with(csrf())
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    }))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
