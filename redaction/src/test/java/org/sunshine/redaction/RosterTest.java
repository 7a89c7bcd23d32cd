package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule: every person a role word of any document family introduces (criminal, civil,
 * administrative, public-interest, mass cases) is masked in every surface form — full name, given
 * name, Latin spelling, former and assumed names — and institutions in those roles are kept.
 */
class RosterTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  @Test
  void theRoleWordsOfACivilProtestAreARoster() {
    String out =
        redact(
            """
            某某省人民检察院
            民事抗诉书
            某检民监〔2026〕15号
            　　申请人（一审原告、二审上诉人）：滕远航，男，1979年2月3日出生，住某某市某某区。
            　　被申请人（一审被告、二审被上诉人）：柏秋云，女，1983年5月6日出生。
            　　原审第三人：蔺子墨，男，1990年1月1日出生。
            　　委托诉讼代理人：滕小川，系申请人之弟。
            　　委托诉讼代理人：欧海涛，某某律师事务所律师。
            　　案外人邬春生出具借条一张。滕远航不服二审判决，向本院申请监督。柏秋云未到庭。
            """);
    assertThat(out).doesNotContain("滕远航", "远航", "柏秋云", "秋云", "蔺子墨", "子墨", "滕小川", "邬春生");
    assertThat(out).contains("欧海涛", "某某律师事务所");
  }

  @Test
  void anAdministrativeDefendantBodyIsKeptAndThePlaintiffMasked() {
    String out =
        redact(
            """
            行政抗诉书
            　　原告：芮金池，男，1970年3月1日出生。
            　　被告：某某县自然资源局。
            　　第三人：雍丽华，女。
            　　原告芮金池不服被告作出的处罚决定，第三人雍丽华述称……
            """);
    assertThat(out).doesNotContain("芮金池", "金池", "雍丽华", "丽华").contains("某某县自然资源局");
  }

  @Test
  void theDefendantOfAPublicInterestSuitIsMaskedAndTheProcuratorateKept() {
    String out =
        redact(
            """
            公益诉讼起诉书
            　　公益诉讼起诉人：某某市某某区人民检察院。
            　　被告：隗长林，男，1968年8月8日出生，住某某市某某区。
            　　被告隗长林在禁渔期内使用电鱼方式捕捞，破坏渔业资源。
            """);
    assertThat(out).doesNotContain("隗长林", "长林").contains("某某市某某区人民检察院");
  }

  @Test
  void massCaseParticipantsAndNumberedVictimListsAreMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人冼国梁，男，1975年1月1日出生。
            　　经依法审查查明：被告人冼国梁向集资参与人郦晓东、苗翠英、满福生等八十余人吸收资金。参赌人员桂大勇、晏小青在场。
            　　被害人如下：
            1. 费建英，损失人民币3万元；
            2. 褚德胜，损失人民币5万元；
            3. 闻一鸣，损失人民币2万元。
            """);
    assertThat(out).doesNotContain("冼国梁", "郦晓东", "苗翠英", "满福生", "桂大勇", "晏小青", "费建英", "褚德胜", "闻一鸣");
  }

  @Test
  void theJudgmentDebtorAndTheGuardianAreMasked() {
    String out =
        redact(
            """
            检察建议书
            　　被执行人蒯永福拒不履行判决。监护人蒯小兰，系蒯永福之女。
            """);
    assertThat(out).doesNotContain("蒯永福", "永福", "蒯小兰", "小兰");
  }

  @Test
  void formerAssumedAndRealNamesAndNicknamesAreMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人鞠长青（曾用名鞠长庆），男，1980年1月1日出生。
            　　被告人“阿彪”（真实姓名：祁文彪），男，1985年2月2日出生。
            　　被告人芦海东，绰号“海哥”，网名“东海龙王”，化名莫云山，男，1990年3月3日出生。
            　　经依法审查查明：鞠长庆、祁文彪、海哥伙同莫云山多次盗窃。
            """);
    assertThat(out)
        .doesNotContain("鞠长青", "鞠长庆", "长庆", "祁文彪", "文彪", "海哥", "东海龙王", "莫云山", "云山", "芦海东");
  }

  @Test
  void theLatinSpellingOfAForeignNationalIsMasked() {
    String out =
        redact(
            """
            起诉书
            　　被告人阮文雄（NGUYEN VAN HUNG），男，越南国籍，护照号码C1234567。
            　　被告人约翰·米勒（John Miller），男，美国国籍。
            　　经依法审查查明：NGUYEN VAN HUNG伙同John Miller走私。米勒供述……
            """);
    assertThat(out).doesNotContainIgnoringCase("NGUYEN", "John Miller", "米勒", "阮文雄");
  }

  @Test
  void aPartyWhoSharesAnOfficialsNameIsMaskedAndTheOfficialKept() {
    String text =
        "不起诉决定书\n　　被不起诉人禚立成，男，1979年4月2日出生。\n"
            + "　　经审查查明：禚立成殴打被害人柏秋云，致其轻伤。经调解，柏秋云表示谅解。\n"
            + "检察官　柏秋云\n2024年3月1日\n";
    String out = redact(text);
    assertThat(out).contains("检察官柏秋云").doesNotContain("被害人柏秋云", "调解,柏秋云");
  }

  @Test
  void aParticipantOfTheCaseRecordWhoSharesAnOfficialsNameIsMasked() {
    String text = "不起诉决定书\n　　经审查查明：2024年1月，有人殴打柏秋云，致其轻伤。柏秋云表示谅解。\n检察官　柏秋云\n";
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                text,
                null,
                List.of(KnownParticipant.named("柏秋云", "被害人")),
                PseudonymMap.empty(),
                RedactionPolicy.defaults(),
                null));
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).contains("检察官柏秋云").doesNotContain("殴打柏秋云", "。柏秋云表示");
  }

  @Test
  void aLawyerActingAsAgentIsKeptWhereverTheAgentsRoleNamesThemAgain() {
    String out =
        redact(
            "民事抗诉书\n　　申请人：滕远航，男，1979年2月3日出生。\n"
                + "　　委托诉讼代理人：欧海涛，某某律师事务所律师。\n"
                + "　　经审查查明：申请人的委托诉讼代理人欧海涛提交意见，同意被申请人的意见。\n检察员　赵敏\n");
    assertThat(out).contains("律师事务所律师", "委托诉讼代理人欧海涛提交意见").doesNotContain("滕远航");
  }
}
