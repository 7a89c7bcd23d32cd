package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Foreigners' names in every script a document gives them: transliterations without a Han surname,
 * Chinese names after the words that declare one, Hangul and Cyrillic beside the Latin spelling.
 */
class ForeignNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    return engine.redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aTransliteratedNameDeclaredByAChineseRenderingWordTakesThePseudonymAndIsMaskedEverywhere() {
    String out =
        redact("　　犯罪嫌疑人Kwame Mensah（中文音译名门萨，男，1984年5月2日出生，加纳国籍）。" + "经查，门萨在广州经营服装生意，门萨于2024年离境。");
    assertThat(out).doesNotContain("门萨").doesNotContain("Kwame Mensah").contains("门某某");
  }

  @Test
  void theChineseRenderingThatOpensABracketOfDescriptionIsAnotherFormOfTheLatinName() {
    String out =
        redact("　　被告人何志远，男，1980年1月1日出生。证人Yusuf Abdi（尤素福，索马里籍商人，何志远的客户）证实" + "货款已付。尤素福另称货物已到港。");
    assertThat(out).doesNotContain("尤素福").doesNotContain("Yusuf Abdi");
  }

  @Test
  void aNameAfterANationalityAndTheWordForThePersonIsMaskedWithItsDottedParts() {
    String out =
        redact(
            "　　被告人何志远，男，1980年1月1日出生。何志远驾车撞倒白俄罗斯籍游客塔季扬娜·彼得罗娃，"
                + "塔季扬娜·彼得罗娃经抢救无效死亡。另查，乌克兰籍商人安德烈耶夫在本院询问时称未见事故经过。");
    assertThat(out)
        .doesNotContain("塔季扬娜")
        .doesNotContain("彼得罗娃")
        .doesNotContain("安德烈耶夫")
        .contains("白俄罗斯籍游客")
        .contains("乌克兰籍商人");
  }

  @Test
  void aNationalityBeforeNoPersonNamesNobody() {
    String out = redact("　　被告人何志远，男，1980年1月1日出生，国籍为中国，户籍所在地为巴里坤县。");
    assertThat(out).contains("国籍为中国").contains("巴里坤县");
  }

  @Test
  void hangulAndCyrillicFormsBesideTheLatinSpellingAreMasked() {
    String out =
        redact(
            "　　被告人朴成勋（PARK SUNGHOON，박성훈），男，1979年8月1日出生，大韩民国国籍。\n"
                + "　　被害人阿列克谢·索科洛夫（SOKOLOV ALEKSEI，Соколов Алексей），男，1988年2月3日出生，俄罗斯联邦国籍。");
    assertThat(out)
        .doesNotContain("박성훈")
        .doesNotContain("Соколов Алексей")
        .doesNotContain("PARK SUNGHOON");
  }

  @Test
  void aHanNameDeclaredBesideAMinorityNameIsMaskedToo() {
    String out = redact("　　被告人阿苏拉且（汉名马文斌），男，1986年3月4日出生，彝族。马文斌供述属实。");
    assertThat(out).doesNotContain("马文斌").doesNotContain("阿苏拉且");
  }

  @Test
  void aKoreanChineseNameWithASurnameNoHanListHasIsMaskedAfterAnyWord() {
    String out =
        redact("　　被告人何志远，男，1980年1月1日出生。鉴定人玄俊锡出庭接受了质询，购房人还有南贞淑、千英哲三人。" + "被告人自延吉市南下，途经太平洋保险公司门口。");
    assertThat(out)
        .doesNotContain("玄俊锡")
        .doesNotContain("南贞淑")
        .doesNotContain("千英哲")
        .contains("延吉市南下")
        .contains("太平洋保险公司");
  }

  @Test
  void aTransliterationBeforeItsLatinSpellingIsANameWithoutARoleWord() {
    String out =
        redact(
            "　　被告人何志远，男，1980年1月1日出生。因阿努查（Anucha KAEWMANEE）驾车逃逸，阿努查另案处理。" + "何志远（HE ZHIYUAN）签字确认。");
    assertThat(out).doesNotContain("阿努查").doesNotContain("Anucha").doesNotContain("何志远");
  }

  @Test
  void aMongolianNameOfOneElementAfterAKinshipWordIsMaskedWhereverItRecurs() {
    String out = redact("　　申诉人巴图，男，1970年1月1日出生，蒙古族。申诉人称林地由其父乌恩于上世纪八十年代栽种，" + "村民亦称树木系乌恩所栽。");
    assertThat(out).doesNotContain("乌恩");
  }
}
