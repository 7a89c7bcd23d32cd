package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Officials, lawyers and public bodies named in lists and annotations are kept. */
class OfficialListsTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void everyLawyerOfAListAfterTheFirmIsKept() {
    String out = redact("　　被告人柴志军，男，1980年1月1日出生。本院听取了辩护人北京市立言律师事务所律师晏振宇、祁秀云的意见。");
    assertThat(out).contains("晏振宇、祁秀云");
  }

  @Test
  void aMongolianLawyerAnnotatedWithTheFirmIsKept() {
    String out =
        redact("　　被告人柴志军，男，1980年1月1日出生。本院听取了被害人法定代理人乌力吉及诉讼代理人" + "额尔敦毕力格图（内蒙古草原律师事务所律师）的意见。");
    assertThat(out).contains("额尔敦毕力格图").doesNotContain("乌力吉");
  }

  @Test
  void theLastJudgeOfAListIsKeptBeforeWhatTheJudgesDid() {
    String out = redact("　　申请人柴志军，男，1980年1月1日出生。原审审判程序合法，审判长晏佳音、审判员祁志刚、" + "蔺晓燕在审理中不存在违法行为。");
    assertThat(out).contains("晏佳音", "祁志刚", "蔺晓燕");
  }

  @Test
  void aTownOfficeOfACountyGovernmentIsAPublicBody() {
    String out = redact("　　被告人柴志军，男，1980年1月1日出生。证据：1．于都县人民政府禾丰镇征地办公室出具的情况说明；" + "2．被告人柴志军的供述。");
    assertThat(out).contains("于都县人民政府禾丰镇征地办公室");
  }

  @Test
  void aNameABracketCallsAnOfficialOrThatFollowsAPublicOfficeIsKept() {
    String out =
        redact(
            "　　申请人柴志军，男，1980年1月1日出生。本院调查中，唐河镇人民政府副镇长晏立群表示，镇里已处理。\n"
                + "　　联系人：祁文清（检察官）　　联系电话：0771-5550000");
    assertThat(out).contains("晏立群", "祁文清");
  }
}
