package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes the name variants of the written sets showed (bench/written-name-fuzz.sh): a name is
 * a name whatever characters its writer chose — a rare surname with a given name that is a word, a
 * given name opened by a function character, a role word of a civil contract or of village life —
 * and ordinary phrases after role words stay.
 */
class NameVariantClassesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void aPartyLineWithAnOnlineNameDeclaresThePartyWhateverTheGivenName() {
    String out =
        redact(
            """
            起诉书
            　　被告人和等闲，网名“闲云客”，男，1991年6月2日出生，住某某县。
            　　被告人和等闲于2025年3月窃取他人财物，价值人民币3200元。
            """);
    assertThat(out).doesNotContain("和等闲", "闲云客").contains("人民币3200元");
  }

  @Test
  void aGivenNameOpenedByAFunctionCharacterIsANameAfterARoleWord() {
    String out =
        redact(
            """
            起诉书
            　　被告人宋某某，男，1980年1月1日出生。
            　　被害人向以诚陈述，被告人宋某某先动手。证人甘为民证实，当晚其在场。
            　　证人严亦凡的证言与上述事实相符。
            """);
    assertThat(out).doesNotContain("向以诚", "甘为民", "严亦凡").contains("被害人", "证人");
  }

  @Test
  void aRareSurnameWithAGivenNameThatIsAWordIsANameRightAfterARoleWord() {
    String out =
        redact(
            """
            起诉书
            　　被告人宋某某，男，1980年1月1日出生。
            　　案发后，被告人宋某某通过其子郜宏伟代为退缴全部赃款。证人蔺建设的证言证实上述事实。
            """);
    assertThat(out).doesNotContain("郜宏伟", "蔺建设").contains("退缴全部赃款");
  }

  @Test
  void ordinaryPhrasesAfterRoleWordsAreNoNames() {
    String text =
        """
        起诉书
        　　被告人宋某某，男，1980年1月1日出生。
        　　本院依法保障被害人程序上的权利，被害人全家人的生活受到影响。被告人当庭供述，证人证言与被害人陈述相互印证。
        """;
    assertThat(redact(text)).contains("被害人程序上的权利", "被害人全家人的生活", "被告人当庭供述", "证人证言与被害人陈述");
  }

  @Test
  void theRoleWordsOfContractsAndVillageLifeIntroduceAPerson() {
    String out =
        redact(
            """
            民事抗诉书
            　　申请人（一审原告）：滕某某，男，1979年2月3日出生。
            　　买受人谢春雨于2022年支付了全部房款。出卖人柏远山未办理过户。
            　　同乡吕德明介绍滕某某进厂务工，包工头蒯长林按月发放工资。
            """);
    assertThat(out).doesNotContain("谢春雨", "柏远山", "吕德明", "蒯长林");
    assertThat(out).contains("买受人", "出卖人", "同乡", "包工头");
  }

  @Test
  void aNameRightBeforeTestimonyIsANameThoughItsFirstTwoCharactersAreAWord() {
    String out =
        redact(
            """
            起诉书
            　　被告人宋某某，男，1980年1月1日出生。
            　　主治医师范文明证实，被害人伤情属实。其同事业务员高大伟证实，当晚被告人在店内。
            　　被告人宋某某供述：“文明那天也在。”
            """);
    assertThat(out).doesNotContain("范文明", "高大伟", "文明那天").contains("主治医师", "业务员");
  }

  @Test
  void aWorkerWithAMinoritySurnameNamedAfterAnOccupationOfTheTableIsMasked() {
    String out =
        redact(
            """
            驳回申诉通知书
            　　经审查，合作社饲养员纳富贵证实，场内存栏减少。护林员者永平称未见异常。
            """);
    assertThat(out).doesNotContain("纳富贵", "者永平").contains("饲养员", "护林员");
  }

  @Test
  void aReligiousOrNativeNameInTheBracketOfAPartyIsMaskedWhereverItStands() {
    String out =
        redact(
            """
            刑事抗诉书
            　　原审被告人马德福（经名优素福），男，回族，1990年9月3日出生。
            　　原审被告人马德福伙同他人贩卖毒品，优素福在供述中承认。
            """);
    assertThat(out).doesNotContain("优素福", "马德福").contains("经名");
  }

  @Test
  void anUnquotedNicknameBeforeItsRealNameIsMaskedWhereverItStands() {
    String out =
        redact(
            """
            公益诉讼起诉书
            　　负责码头看场的付老三（真实姓名：付建平）证实，砂石船夜间作业。付老三还称其每晚收费。
            """);
    assertThat(out).doesNotContain("付老三", "付建平").contains("砂石船夜间作业");
  }

  @Test
  void aWitnessWhoseNameIsPartOfAProcuratorsIsMaskedAndTheProcuratorKept() {
    String out =
        redact(
            """
            不支持监督申请决定书
            　　证人卓玛（餐厅服务员）证实：“老板跟房东说好了。”卓玛还称合同未签。
            　　检察官　泽仁卓玛
            """);
    assertThat(out).doesNotContain("证人卓玛", "。卓玛还称").contains("检察官泽仁卓玛");
  }

  @Test
  void aTransliteratedNameBeforeItsMixedCaseLatinSpellingIsMaskedInBothScripts() {
    String out =
        redact(
            """
            起诉书
            　　被告人宋某某，男，1980年1月1日出生。
            　　其妻颂萨妮（Sonsanee KAEWTA）证实，被告人当晚在家。被害人杰森·伍（Jason WU）陈述属实。
            """);
    assertThat(out).doesNotContain("颂萨妮", "Sonsanee", "KAEWTA", "杰森", "Jason");
  }

  @Test
  void aKoreanChineseSurnameMakesANameRightAfterARoleWord() {
    String out =
        redact(
            """
            起诉书
            　　被告人宋某某，男，1980年1月1日出生。
            　　同村村民玄志浩证实，被告人当晚在村口。被害人片英淑的陈述与之相符。
            """);
    assertThat(out).doesNotContain("玄志浩", "片英淑").contains("同村村民", "被害人");
  }

  @Test
  void aMinorVictimWhoseLatinSpellingStandsBeforeHerDetailsIsRefused() {
    String text =
        """
        起诉书
        　　被告人宋某某，男，1980年1月1日出生。
        　　2024年12月，被告人宋某某强制猥亵被害人艾米丽·周（Emily CHOW）（女，2010年3月5日出生）。
        """;
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals())
        .anySatisfy(
            x -> assertThat(x.reason()).isEqualTo(RefusalReason.SEXUAL_CRIME_AGAINST_MINOR));
  }

  @Test
  void aLegalRepresentativesLineDeclaresThePersonWhateverTheSurname() {
    String out =
        redact(
            """
            民事抗诉书
            　　申请人（一审原告）：某某建材有限公司，住所地某某市某某区。
            　　法定代表人：禤家瑶，该公司执行董事。
            　　法定代表人禤家瑶于2024年签订合同。
            """);
    assertThat(out).doesNotContain("禤家瑶").contains("某某建材有限公司", "执行董事");
  }
}
