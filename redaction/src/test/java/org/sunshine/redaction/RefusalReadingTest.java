package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refusal reads what the text says however it is worded: a dated sentence that brings in an
 * unnamed person counts for every offender, an accused's own annotation (系…之弟) keeps their birth
 * date, minor wording in an accused's line is about them, a victim's age needs no bracket, and a
 * secrecy mark is refused wherever it stands unless its own clause denies it.
 */
class RefusalReadingTest {

  private final RedactionEngine engine = new RedactionEngine();

  private RedactionResult redact(String text) {
    return engine.redact(
        new RedactionRequest(
            text, null, List.of(), PseudonymMap.empty(), RedactionPolicy.defaults(), null));
  }

  private void refusedFor(String text, RefusalReason reason) {
    RedactionResult r = redact(text);
    assertThat(r.publishable()).isFalse();
    assertThat(r.verdict().refusals()).anySatisfy(x -> assertThat(x.reason()).isEqualTo(reason));
  }

  @Test
  void aDatedSentenceThatBringsInAnUnnamedKinsmanCountsForEveryOffender() {
    refusedFor(
        """
        某某县人民检察院
        起诉书
        被告人林春生，男，1985年3月3日出生，住某某县。
        被告人林秋生，男，2007年5月9日出生，住某某县。
        经依法审查查明：
        2024年6月，被告人林春生带领其弟弟在某仓库窃取电缆。2025年8月，被告人林秋生独自窃取某商店手机一部。
        本院认为，被告人林春生、林秋生的行为触犯了《中华人民共和国刑法》第二百六十四条。
        """,
        RefusalReason.MINOR_OFFENDER);
  }

  @Test
  void anAccusedsOwnKinshipAnnotationKeepsTheirBirthDate() {
    refusedFor(
        """
        某某县人民检察院
        起诉书
        被告人陶小川，男，系被害人陶某某之侄，2008年7月1日出生，住某某县。
        经依法审查查明：
        2025年3月，被告人陶小川殴打被害人陶某某致其轻伤。
        本院认为，被告人陶小川的行为触犯了《中华人民共和国刑法》第二百三十四条。
        """,
        RefusalReason.MINOR_OFFENDER);
  }

  @Test
  void minorWordingInAnAccusedsLineIsAboutThemWhateverRoleWordStandsBetween() {
    refusedFor(
        """
        某某县人民检察院
        不起诉决定书
        被不起诉人钟晓，男，证人钟某之子，作案时未满十八周岁，住某某县。
        经本院依法审查查明：
        2025年1月，被不起诉人钟晓在某网吧窃取他人手机一部。
        """,
        RefusalReason.MINOR_OFFENDER);
  }

  @Test
  void aVictimsBirthOrAgeWithoutABracketMakesASexualCrimeRefused() {
    refusedFor(
        """
        某某县人民检察院
        起诉书
        被告人贺某，男，1979年2月2日出生。
        被害人乔某某，女，2013年4月出生。
        经依法审查查明：
        2024年9月，被告人贺某在其家中对被害人乔某某实施猥亵。
        """,
        RefusalReason.SEXUAL_CRIME_AGAINST_MINOR);
    refusedFor(
        """
        某某县人民检察院
        起诉书
        被告人贺某，男，1979年2月2日出生。
        经依法审查查明：
        2024年9月，被告人贺某在其家中对被害人乔某某实施猥亵，被害人乔某某时年11岁。
        """,
        RefusalReason.SEXUAL_CRIME_AGAINST_MINOR);
    refusedFor(
        """
        某某县人民检察院
        起诉书
        被告人贺某，男，1979年2月2日出生。
        被害人乔某某，公民身份号码410102201304051234。
        经依法审查查明：
        2024年9月，被告人贺某在其家中对被害人乔某某实施猥亵。
        """,
        RefusalReason.SEXUAL_CRIME_AGAINST_MINOR);
  }

  @Test
  void aSecrecyMarkIsRefusedWhereverItStands() {
    refusedFor("被告人甘某的行为触犯刑法，应当以为境外刺探、非法提供国家秘密、情报罪追究其刑事责任。", RefusalReason.STATE_SECRET);
    refusedFor("经鉴定，上述资料系绝密级国家秘密。", RefusalReason.STATE_SECRET);
    refusedFor("经鉴定，涉案图纸属于国家秘密。", RefusalReason.STATE_SECRET);
  }

  @Test
  void aStatementThatDeniesSecrecyIsNoMark() {
    RedactionResult r =
        redact(
            """
            某某市人民检察院
            检察建议书
            某某局：
            本院在履行职责中发现你局存在问题。本建议书并未涉及国家秘密。经核查未发现涉及国家秘密的材料。
            """);
    assertThat(r.verdict().refusals())
        .noneSatisfy(x -> assertThat(x.reason()).isEqualTo(RefusalReason.STATE_SECRET));
  }

  @Test
  void aCriminalCompensationClaimantDetainedAsAMinorIsRefusedAndAnAdultOneIsNot() {
    String decision =
        """
        某某县人民检察院
        刑事赔偿决定书
        　　赔偿请求人韦晓航，男，BORN出生，学生，住某某县某镇。
        　　委托代理人韦成林，男，系赔偿请求人之父，1975年2月1日出生。
        　　本院查明：2023年4月，某某县某手机店发生一起盗窃案。某某县公安局认为韦晓航有作案嫌疑，于2023年5月9日对其刑事拘留，
        本院于2023年5月19日批准逮捕。后查明真正作案人为他人，本院于2023年11月24日作出不起诉决定。
        　　本院决定：赔偿韦晓航侵犯人身自由的赔偿金。
        """;
    refusedFor(decision.replace("BORN", "2006年7月3日"), RefusalReason.MINOR_OFFENDER);
    assertThat(redact(decision.replace("BORN", "1996年7月3日")).publishable()).isTrue();
  }
}
