package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.PlatformTest;

/** Bad input answers with a clear message and writes nothing; floods get 429. */
@PlatformTest
class PetitionBadInputTest {

  private static final AtomicInteger ADDRESS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired Petitions petitions;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  long petitionCount() {
    return jdbc.sql("select count(*) from petition").query(Long.class).single();
  }

  String xiaodian() {
    return String.valueOf(directory.findByCode("140105").orElseThrow().id());
  }

  MockMultipartHttpServletRequestBuilder report(String address) {
    MockMultipartHttpServletRequestBuilder b = multipart("/petitions/report");
    b.with(csrf())
        .with(
            r -> {
              r.setRemoteAddr(address);
              return r;
            });
    return b;
  }

  String refusal(MockMultipartHttpServletRequestBuilder request) throws Exception {
    long before = petitionCount();
    String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
    assertThat(petitionCount()).as("nothing half-written").isEqualTo(before);
    return page;
  }

  String fresh() {
    return "10.18.0." + ADDRESS.incrementAndGet();
  }

  @Test
  void aReportWithAnEmptyTextIsRefusedAndNothingIsWritten() throws Exception {
    String page =
        refusal(
            report(fresh())
                .param("unitId", xiaodian())
                .param("kind", "REPORT")
                .param("text", "   ")
                .param("password", "secret-42"));
    assertThat(page).contains("内容不能为空");
  }

  @Test
  void aReportToAnUnknownUnitIsRefused() throws Exception {
    String page =
        refusal(
            report(fresh())
                .param("unitId", "99999999")
                .param("kind", "REPORT")
                .param("text", "举报内容")
                .param("password", "secret-42"));
    assertThat(page).contains("找不到该检察院");
  }

  @Test
  void anAnonymousReportWithoutAPasswordIsRefused() throws Exception {
    String page =
        refusal(
            report(fresh())
                .param("unitId", xiaodian())
                .param("kind", "REPORT")
                .param("text", "举报内容"));
    assertThat(page).contains("查询密码");
  }

  @Test
  void aHundredMegabyteScanIsRefusedWithItsNameAndTheLimit() throws Exception {
    byte[] big = new byte[100 * 1024 * 1024];
    String page =
        refusal(
            report(fresh())
                .file(new MockMultipartFile("scans", "举报材料.pdf", "application/pdf", big))
                .param("unitId", xiaodian())
                .param("kind", "REPORT")
                .param("text", "举报内容见附件")
                .param("password", "secret-42"));
    assertThat(page).contains("举报材料.pdf").contains("10 MB");
  }

  @Test
  void aHundredMegabyteUploadOverHttpIsAnsweredWith413AndTheLimitBeforeItIsRead() throws Exception {
    long before = petitionCount();
    String answer;
    // The headers of a 100 MB multipart form, and no body: the answer must not wait for it.
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /petitions/report HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: multipart/form-data; boundary=x\r\n"
              + "Content-Length: "
              + 100L * 1024 * 1024
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      answer = readUntil(socket.getInputStream(), "分次提交");
    }
    assertThat(answer).startsWith("HTTP/1.1 413").contains("10 MB");
    assertThat(petitionCount()).isEqualTo(before);
  }

  /** Reads the answer until it holds this text (the server may keep the connection open). */
  private static String readUntil(InputStream in, String end) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) > 0; ) {
      got.write(buffer, 0, n);
      if (got.toString(StandardCharsets.UTF_8).contains(end)) {
        break;
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tenReportsAMinuteFromOneAddressAreAnsweredWith429() throws Exception {
    String address = fresh();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      statuses.add(
          mvc.perform(
                  report(address)
                      .param("unitId", xiaodian())
                      .param("kind", "REPORT")
                      .param("text", "第 " + i + " 次举报")
                      .param("password", "secret-42"))
              .andReturn()
              .getResponse()
              .getStatus());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses.subList(5, 10)).containsOnly(429);
    // Another address is not held back by this one.
    assertThat(
            mvc.perform(report(fresh()).param("unitId", xiaodian()).param("text", ""))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void aCaseNumberInAnyBracketStyleIsStoredInOneForm() {
    for (String typed : List.of("晋小检刑诉[2026]7号", "晋小检刑诉(2026)7号", "晋小检刑诉（2026）7号")) {
      Receipt r =
          petitions.register(
              accounts.identity("kongshen").orElseThrow(),
              new NewPetition(
                  Long.parseLong(xiaodian()),
                  PetitionKind.CRIMINAL_PETITION,
                  PetitionChannel.VISIT,
                  null,
                  "不服判决申诉。",
                  typed,
                  false,
                  false,
                  "刘某",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of()));
      assertThat(
              jdbc.sql("select case_number from petition where id = ?")
                  .param(r.id())
                  .query(String.class)
                  .single())
          .isEqualTo("晋小检刑诉〔2026〕7号");
    }
  }

  @Test
  void theJsonApiAnswersProblemDetailsWithTheField() throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/petitions/reports")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"unitId\":" + xiaodian() + ",\"text\":\"\",\"password\":\"secret-42\"}")
                    .with(
                        r -> {
                          r.setRemoteAddr(fresh());
                          return r;
                        }))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("\"field\":\"text\"");
    var track =
        mvc.perform(
                post("/api/v1/petitions/track")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"XF0000000000\"}")
                    .with(
                        r -> {
                          r.setRemoteAddr(fresh());
                          return r;
                        }))
            .andReturn()
            .getResponse();
    assertThat(track.getStatus()).isEqualTo(404);
    assertThat(
            mvc.perform(
                    get("/api/v1/petitions/statistics")
                        .param("unit", xiaodian())
                        .param("month", "2026/12"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }
}
