package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionEngineTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(RedactionRequest.of(text));
  }

  private static final String INDICTMENT =
      """
      北京市朝阳区人民检察院
      起 诉 书
      京朝检刑诉〔2026〕110105000123号

      　　被告人欧阳明辉，男，1990年3月4日出生，公民身份号码110105199003041234，汉族，住北京市朝阳区望京街道花家地北里12号楼3单元502室，联系电话138 1234 5678。
      　　被告人张伟，男，1992年5月6日出生，住河北省保定市清苑县东闾乡大望亭村3组15号。
      　　辩护人王芳，北京市金杜律师事务所律师。
      　　经依法审查查明：2025年8月1日，被告人欧阳明辉伙同张伟在朝阳区望京街道一超市内盗窃被害人张丽手机一部，价值人民币5,200元。张丽报警后，民警于同日将二被告人抓获。
      　　本院认为，被告人欧阳明辉、张伟以非法占有为目的，秘密窃取他人财物，其行为触犯了《中华人民共和国刑法》第二百六十四条，犯罪事实清楚，证据确实、充分，应当以盗窃罪追究其刑事责任。
      检察官　陈大文
      2026年1月5日
      """;

  @Test
  void everyNaturalPersonGetsThePseudonymOfTheirFirstCharacterAndSharedOnesGetJiaYi() {
    RedactionResult r = redact(INDICTMENT);
    assertThat(r.pseudonyms().asMap())
        .containsEntry("欧阳明辉", "欧某某")
        .containsEntry("张伟", "张某甲")
        .containsEntry("张丽", "张某乙");
    assertThat(r.redactedText()).doesNotContain("欧阳明辉", "张伟", "张丽", "明辉");
  }

  @Test
  void procuratorsLawyersAndLawFirmsAreKept() {
    RedactionResult r = redact(INDICTMENT);
    assertThat(r.redactedText()).contains("检察官　陈大文", "辩护人王芳", "北京市金杜律师事务所");
  }

  @Test
  void caseNumbersStatutesChargesAmountsAndProceduralDatesAreKept() {
    RedactionResult r = redact(INDICTMENT);
    assertThat(r.redactedText())
        .contains(
            "京朝检刑诉〔2026〕110105000123号",
            "《中华人民共和国刑法》第二百六十四条",
            "盗窃罪",
            "5,200元",
            "2025年8月1日",
            "2026年1月5日",
            "北京市朝阳区人民检察院");
    assertThat(r.overRedactions()).isEmpty();
  }

  @Test
  void idNumbersKeepTheirFirstSixAndLastFourDigits() {
    assertThat(redact(INDICTMENT).redactedText())
        .contains("110105********1234")
        .doesNotContain("19900304");
  }

  @Test
  void birthDatesPhonesAndAddressesBelowCountyLevelAreMasked() {
    String out = redact(INDICTMENT).redactedText();
    assertThat(out).contains("****年**月**日", "北京市朝阳区**街道", "河北省保定市清苑县**乡**村**组**号");
    assertThat(out).doesNotContain("1234 5678", "花家地", "大望亭", "东闾乡");
  }

  @Test
  void theHomeStreetIsMaskedEvenWhereTheCrimeSceneRepeatsIt() {
    assertThat(redact(INDICTMENT).redactedText()).doesNotContain("望京街道");
  }

  @Test
  void thePublicTitleNamesTheAccusedByPseudonymAndTheCharge() {
    assertThat(redact(INDICTMENT).publicTitle()).isEqualTo("起诉书（欧某某、张某甲涉嫌盗窃案）");
  }

  @Test
  void aTitleSaysDengOnlyForThreeOrMore() {
    assertThat(PublicTitle.firstTwo(List.of("甲某某", "乙某某"))).isEqualTo("甲某某、乙某某");
    assertThat(PublicTitle.firstTwo(List.of("甲某某", "乙某某", "丙某某"))).isEqualTo("甲某某、乙某某等");
  }

  @Test
  void aChargeWhoseNameHoldsCommasOrTheWordCrimeIsNamedWhole() {
    String fence =
        """
        起诉书
        　　被告人赵明，男，1985年2月3日出生，住某地。
        　　被告人赵明明知是犯罪所得而予以收购，其行为已构成掩饰、隐瞒犯罪所得罪。
        """;
    assertThat(redact(fence).publicTitle()).isEqualTo("起诉书（赵某某涉嫌掩饰、隐瞒犯罪所得案）");
    String helper =
        """
        起诉书
        　　被告人钱伟，男，1995年7月8日出生，住某地。
        　　被告人钱伟涉嫌帮助信息网络犯罪活动罪、诈骗罪，本院依法审查。
        """;
    assertThat(redact(helper).publicTitle()).isEqualTo("起诉书（钱某某涉嫌帮助信息网络犯罪活动、诈骗案）");
  }

  @Test
  void thePublicTitleNeverTakesNamesOrPhrasesForACharge() {
    String accomplices =
        """
        起诉书
        　　犯罪嫌疑人孙强，男，1988年1月2日出生，住某地。
        　　同案犯王五、赵六因犯寻衅滋事罪已被判处刑罚。犯罪嫌疑人孙强、李某涉嫌盗窃罪一案，由公安机关移送审查起诉。
        """;
    String title = redact(accomplices).publicTitle();
    assertThat(title).doesNotContain("王五", "赵六").contains("孙某某涉嫌", "盗窃");
    String wording =
        """
        起诉书
        　　被告人周明，男，1990年1月2日出生，住某地。
        　　被告人周明犯有盗窃、抢劫等罪行。以被告人周明、吴某涉嫌盗窃罪向本院移送审查起诉。
        """;
    assertThat(redact(wording).publicTitle()).isEqualTo("起诉书（周某某涉嫌盗窃案）");
  }

  @Test
  void theTypeIsRecognisedFromTheHeadingEvenWithSpacesBetweenCharacters() {
    assertThat(redact(INDICTMENT).type()).isEqualTo(DocumentType.INDICTMENT);
    assertThat(DocumentType.detect("某某人民检察院\n不 起 诉 决 定 书\n"))
        .isEqualTo(DocumentType.NON_PROSECUTION_DECISION);
  }

  @Test
  void aDefendantUnder18AtTheOffenceIsRefusedEvenIfAdultNow() {
    String text =
        """
        起诉书
        　　被告人李强，男，2006年9月1日出生，住某地。
        　　经依法审查查明：2024年3月10日，被告人李强在某商场盗窃手机一部。
        """;
    RedactionResult r = redact(text);
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .extracting(Refusal::reason)
        .contains(RefusalReason.MINOR_OFFENDER);
  }

  @Test
  void aDefendantWhoTurned18BeforeTheOffenceIsPublishable() {
    String text =
        """
        起诉书
        　　被告人李强，男，2005年3月1日出生，住某地。
        　　经依法审查查明：2023年6月10日，被告人李强在某商场盗窃手机一部。
        """;
    assertThat(redact(text).publishable()).isTrue();
  }

  @Test
  void aSexualCrimeAgainstAMinorIsRefused() {
    String text =
        """
        起诉书
        　　被告人王某某，男，1980年1月1日出生。
        　　经依法审查查明：2024年5月，被告人王某某在网上多次对被害人刘小红（女，2011年2月3日出生）实施猥亵。
        """;
    assertThat(redact(text).verdict().refusals())
        .extracting(Refusal::reason)
        .contains(RefusalReason.SEXUAL_CRIME_AGAINST_MINOR);
  }

  @Test
  void aDocumentMarkedSecretIsRefused() {
    assertThat(redact("（涉及国家秘密）\n起诉书\n被告人张三，男，1970年1月1日出生。").verdict().refusals())
        .extracting(Refusal::reason)
        .contains(RefusalReason.STATE_SECRET);
  }

  @Test
  void aTradeSecretIsNotAStateSecret() {
    assertThat(redact("起诉书\n被告人张三，男，1970年1月1日出生，涉嫌侵犯商业秘密罪。").publishable()).isTrue();
  }

  @Test
  void aNameBrokenByALineBreakIsStillReplaced() {
    RedactionResult r = redact("起诉书\n　　被害人赵小燕，女，住某地。赵小\n燕报警后离开。");
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain("赵小燕");
    assertThat(r.residualHits()).isEmpty();
  }

  @Test
  void fullWidthDigitsInAnIdNumberAreFound() {
    String out = redact("被告人孙某某，公民身份号码１１０１０５１９９００３０４１２３４。").redactedText();
    assertThat(out).contains("110105********1234");
  }

  @Test
  void theCasePseudonymMapKeepsAPersonsPseudonymAcrossDocuments() {
    RedactionResult first = redact(INDICTMENT);
    RedactionResult second =
        engine.redact(
            new RedactionRequest(
                "不起诉决定书\n　　被不起诉人张丽，女，1995年1月1日出生。",
                null,
                List.of(),
                first.pseudonyms(),
                null,
                null));
    assertThat(second.pseudonyms().get("张丽")).isEqualTo("张某乙");
    assertThat(second.redactedText()).contains("张某乙");
  }

  @Test
  void participantsFromTheCaseRecordAreMaskedWhereverTheyAppear() {
    KnownParticipant witness =
        new KnownParticipant("钱多多", "证人", null, null, null, "0351-7654321", List.of("多多"));
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                "据钱多多介绍，多多当晚不在家，电话0351 7654321。", null, List.of(witness), null, null, null));
    assertThat(r.redactedText()).doesNotContain("钱多多", "多多", "7654321");
  }

  @Test
  void anEmptyDocumentIsAClearError() {
    assertThatThrownBy(() -> redact("  \n "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void binaryContentIsRefusedNotRedacted() {
    RedactionResult r = redact("起诉书\u0000\u0001\u0002binary");
    assertThat(r.publishable()).isFalse();
    assertThat(r.redactedText()).isNull();
  }

  @Test
  void aHugeDocumentIsRefusedWithAReasonInsteadOfProcessedForMinutes() {
    String huge = "经查，某人盗窃。".repeat(RedactionEngine.MAX_CHARACTERS / 8 + 1);
    RedactionResult r = redact(huge);
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .extracting(Refusal::reason)
        .containsExactly(RefusalReason.UNREADABLE);
  }

  @Test
  void aDocumentWithNoParticipantParagraphStillLosesItsIdentifiers() {
    RedactionResult r =
        redact("经查，某人手机号13912345678，银行卡号6222 0212 3456 7890 123，邮箱abc@example.com。");
    assertThat(r.redactedText()).doesNotContain("13912345678", "7890", "abc@example.com");
  }

  @Test
  void theStatutoryMinimumKeepsTheDefendantOfAnIndictmentButNotTheVictim() {
    RedactionPolicy minimum =
        new RedactionPolicy(
            AnonymisationScope.STATUTORY_MINIMUM,
            RedactionPolicy.defaults().masked(),
            AddressStyle.UNIT_WORDS_KEPT,
            true,
            false);
    RedactionResult r =
        engine.redact(new RedactionRequest(INDICTMENT, null, List.of(), null, minimum, null));
    assertThat(r.redactedText()).contains("欧阳明辉").doesNotContain("张丽");
  }

  @Test
  void aWholeTailPolicyMasksEverythingBelowCountyLevel() {
    RedactionPolicy whole =
        new RedactionPolicy(
            AnonymisationScope.ALL_NATURAL_PERSONS,
            RedactionPolicy.defaults().masked(),
            AddressStyle.WHOLE_TAIL,
            true,
            false);
    RedactionResult r =
        engine.redact(new RedactionRequest(INDICTMENT, null, List.of(), null, whole, null));
    assertThat(r.redactedText()).contains("河北省保定市清苑县**。");
  }

  @Test
  void findingsNameTheRuleThatFired() {
    Map<String, String> rules = new HashMap<>();
    redact(INDICTMENT).findings().forEach(f -> rules.put(f.text(), f.rule()));
    assertThat(rules).containsEntry("欧阳明辉", "person-name").containsEntry("1990年3月4日", "birth-date");
  }
}
