package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People the roster names that a form of address, an accusation or a copula used to hide. */
class PeopleStillMissedTest {

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aFormOfAddressBuiltOnAPartysSurnameIsMasked() {
    String out =
        redact(
            "　　被告人笪春林，男，1978年3月1日出生。被告人厍国梁，男，1980年5月2日出生。\n"
                + "　　证人甲证实：“存折都是老笪陪着去取的，笪总说先别声张。”证人乙证实：“小厍负责记账，厍老三也来过。”"
                + "本院认为，被告人的行为已构成诈骗罪。案发小区的老师和小时工均不知情。");
    assertThat(out).doesNotContain("老笪", "笪总", "小厍", "厍老三").contains("老师", "小时工", "小区");
  }

  @Test
  void anOfficialTheComplaintAccusesIsMaskedWhereTheOfficeNamesThem() {
    String out =
        redact(
            "　　控告人钮某某控告某某县人民法院执行人员冼文斌、殳怡在执行中滥用职权。\n"
                + "　　被控告人冼文斌，男，某某县人民法院执行法官。\n"
                + "　　被控告人殳怡，女，某某县人民法院法官助理。");
    assertThat(out).doesNotContain("冼文斌", "殳怡");
  }

  @Test
  void aBodyNameNeverRunsAcrossTheCopulaAfterAPerson() {
    String out = redact("　　证人阚建新、邴志强证实案发经过。证人阚建新系检查站附近商店经营者，证人邴志强系某某县公安局民警。");
    assertThat(out).doesNotContain("阚建新").contains("某某县公安局");
  }

  @Test
  void aGivenNameOpenedByYouIsANameAfterARoleWord() {
    String out =
        redact("　　经审查：被不起诉人郝大成故意伤害你丈夫田有福致其重伤。郝大成与你丈夫田有福因宅基地发生争执。" + "该公司所有财产均已查封，所有财产清单附后。");
    assertThat(out).doesNotContain("田有福").contains("所有财产");
  }

  @Test
  void aNameBeforeAPrepositionAndADateIsReadWhole() {
    String out = redact("　　被告人王德明，男，1980年1月1日出生。\n　　经依法审查查明：证人张建忠于2020年3月证实被告人王德明窃取财物，张建忠于同日报警。");
    assertThat(out).doesNotContain("建忠", "忠于").contains("于2020年3月证实", "于同日报警");
  }
}
