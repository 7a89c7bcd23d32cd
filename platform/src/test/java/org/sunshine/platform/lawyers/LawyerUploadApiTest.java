package org.sunshine.platform.lawyers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.support.OneTimeCodes;
import org.sunshine.platform.support.PlatformTest;

/** The API's uploads check files as the pages do: by their bytes and size, naming the part. */
@PlatformTest
class LawyerUploadApiTest {

  private static final int ELEVEN_MB = 11 * 1024 * 1024;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired LawyerGrants grants;
  @Autowired LawyerServices services;
  @Autowired StaffAccounts accounts;
  @Autowired LawyerRequests requests;
  private LawyerFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new LawyerFixtures(cases, grants, services, accounts);
  }

  private MockHttpSession signIn(long applicant) throws Exception {
    String mobile = grants.mobile(applicant);
    mvc.perform(post("/access/code").param("mobile", mobile).with(csrf()));
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            post("/access/login")
                .session(session)
                .param("mobile", mobile)
                .param("code", OneTimeCodes.lastSentTo(jdbc, mobile))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  private static MockMultipartFile pdf(String part) {
    return new MockMultipartFile(part, part + ".pdf", "application/pdf", LawyerFixtures.pdf(1));
  }

  private static MockMultipartFile fakePdf(String part) {
    return new MockMultipartFile(
        part, part + ".pdf", "application/pdf", "%PDF-1.4 a picture renamed".getBytes());
  }

  private static MockMultipartFile oversized(String part) {
    byte[] big = new byte[ELEVEN_MB];
    byte[] real = LawyerFixtures.pdf(1);
    System.arraycopy(real, 0, big, 0, real.length);
    return new MockMultipartFile(part, part + ".pdf", "application/pdf", big);
  }

  private long lawyerRows(long applicant) {
    return jdbc.sql("select count(*) from lawyer where applicant_id = ?")
        .param(applicant)
        .query(Long.class)
        .single();
  }

  private MockMultipartHttpServletRequestBuilder profile(
      MockHttpSession session, MockMultipartFile licence) {
    return (MockMultipartHttpServletRequestBuilder)
        multipart("/api/v1/lawyer/me/profile")
            .file(licence)
            .session(session)
            .with(csrf())
            .param("name", "未律师")
            .param("idNumber", "140105198001011388")
            .param("licenceNo", "11401201012348888")
            .param("lawFirm", "山西测试律师事务所")
            .param("unitId", String.valueOf(fx.staff("casemgmt").unitId()));
  }

  @Test
  void aLicenceThroughTheApiThatIsNoPdfOrTooLargeIsRefusedByFieldAndNothingIsWritten()
      throws Exception {
    long applicant = grants.applicantFor("13911113388");
    MockHttpSession session = signIn(applicant);

    mvc.perform(profile(session, fakePdf("licence")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("licence"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("不是有效的 PDF")));
    mvc.perform(profile(session, oversized("licence")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("licence"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("10 MB")));
    assertThat(lawyerRows(applicant)).isZero();

    mvc.perform(profile(session, pdf("licence")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING"));
    assertThat(lawyerRows(applicant)).isOne();
  }

  @Test
  void aBindingThroughTheApiWithAFakeFirmLetterIsRefusedAndAGoodOneWaitsForCaseManagement()
      throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("申律师");
    MockHttpSession session = signIn(lawyer);

    mvc.perform(
            multipart("/api/v1/lawyer/bindings")
                .file(pdf("powerOfAttorney"))
                .file(fakePdf("firmLetter"))
                .session(session)
                .with(csrf())
                .param("caseNumber", c)
                .param("partyName", "张三"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("firmLetter"));
    mvc.perform(
            multipart("/api/v1/lawyer/bindings")
                .file(oversized("powerOfAttorney"))
                .file(pdf("firmLetter"))
                .session(session)
                .with(csrf())
                .param("caseNumber", c)
                .param("partyName", "张三"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("powerOfAttorney"));
    assertThat(grants.pending(lawyer)).isEmpty();

    mvc.perform(
            multipart("/api/v1/lawyer/bindings")
                .file(pdf("powerOfAttorney"))
                .file(pdf("firmLetter"))
                .session(session)
                .with(csrf())
                .param("caseNumber", c)
                .param("partyName", "张三"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.caseNumber").value(c))
        .andExpect(jsonPath("$.applicationId").isNumber());
    assertThat(grants.pending(lawyer)).hasSize(1);
  }

  @Test
  void aDefenceOpinionThroughTheApiCarriesItsFileAndAnOversizedOneWritesNothing() throws Exception {
    String c = fx.newCase();
    long lawyer = fx.verifiedLawyer("酉律师");
    long grant = fx.bind(lawyer, c, "张三");
    MockHttpSession session = signIn(lawyer);

    mvc.perform(
            multipart("/api/v1/lawyer/requests")
                .file(oversized("attachments"))
                .session(session)
                .with(csrf())
                .param("grantId", String.valueOf(grant))
                .param("type", "DEFENCE_OPINION")
                .param("details", "提交无罪辩护意见书"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("attachments"));
    mvc.perform(
            multipart("/api/v1/lawyer/requests")
                .file(fakePdf("attachments"))
                .session(session)
                .with(csrf())
                .param("grantId", String.valueOf(grant))
                .param("type", "DEFENCE_OPINION")
                .param("details", "提交无罪辩护意见书"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("attachments"));
    assertThat(requests.mine(lawyer)).isEmpty();

    mvc.perform(
            multipart("/api/v1/lawyer/requests")
                .file(pdf("attachments"))
                .file(pdf("attachments"))
                .session(session)
                .with(csrf())
                .param("grantId", String.valueOf(grant))
                .param("type", "DEFENCE_OPINION")
                .param("details", "提交无罪辩护意见书"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.files.length()").value(2));
  }

  @Test
  void anUploadWithoutASignInIsUnauthorised() throws Exception {
    mvc.perform(multipart("/api/v1/lawyer/me/profile").file(pdf("licence")).with(csrf()))
        .andExpect(status().isUnauthorized());
  }
}
