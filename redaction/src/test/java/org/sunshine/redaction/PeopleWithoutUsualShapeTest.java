package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: a person is masked whatever shape the document gives their name — a nickname it
 * declares once, a name without surname, a rare surname, a surname that makes a word with the given
 * name — and the pseudonym the reviewer reads is well formed (no character of the name left beside
 * it, the Chinese surname for a foreigner who has a Chinese name). Texts written for these tests.
 */
class PeopleWithoutUsualShapeTest {

  private final RedactionEngine engine = new RedactionEngine();

  private static RedactionPolicy rulesOnly() {
    try {
      return RedactionPolicy.load(new StringReader("learned-recall=false\nhanlp-recall=false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RedactionResult result(String text) {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(text, null, null, PseudonymMap.empty(), rulesOnly(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r;
  }

  private String redact(String text) {
    return ResidualCheck.normalise(result(text).redactedText());
  }

  @Test
  void aNicknameDeclaredOnceIsMaskedWhereverItStandsAlone() {
    String out =
        redact(
            "检察建议书\n　　被申请人谭玉芬（顾客称其“圆脸姐”）在校门口出售散装食品。"
                + "人事主管潘丽君（同事都叫她“Sandy”）负责招聘。圆脸姐所售食品未经检验，"
                + "Sandy在询问时承认未查验证件。被告人称其“只是帮忙”。查获片剂（俗称“麻古”）若干。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("圆脸姐", "Sandy", "谭玉芬", "潘丽君").contains("只是帮忙", "俗称“麻古”", "赵敏");
  }

  @Test
  void aFamiliarNameActingInTestimonyIsMaskedButKinshipAndTradeWordsStay() {
    String out =
        redact("不支持监督申请决定书\n　　村民证言称：“阿旺平时一个人放羊，阿姨和老板都认识他。”" + "另一村民称：“老乡平时都走这条路。”\n检察官　赵敏\n");
    assertThat(out).doesNotContain("阿旺平时").contains("阿姨", "老板", "老乡平时");
  }

  @Test
  void aYiNameWithoutSurnameIsMaskedWithItsShortForm() {
    String out =
        redact(
            "刑事抗诉书\n　　原审被告人阿苏木呷，男，彝族，1991年3月2日出生。\n"
                + "　　证人海来拉且证实：“那天木呷骑车来我家。”对累犯阿苏木呷的量刑明显偏轻。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("阿苏木呷", "木呷", "海来拉且").contains("量刑明显偏轻");
  }

  @Test
  void aTibetanNameEndingInOneCharacterIsReplacedWhole() {
    RedactionResult r =
        result("起诉书\n　　本院聘请了藏语翻译人员次仁措。证人央金草，女，藏族。\n" + "　　次仁措到场翻译。央金草证实被告人在场。\n检察官　赵敏\n");
    String out = ResidualCheck.normalise(r.redactedText());
    assertThat(out).doesNotContain("措", "草").contains("次某某", "央某某");
  }

  @Test
  void aGivenNameAloneOfAPersonWithACompoundSurnameIsMasked() {
    String out =
        redact("不支持监督申请决定书\n　　申请人鲜于明远，男，1964年5月2日出生。\n" + "　　证人包某证言称“明远和他父亲一起来过”。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("鲜于明远", "明远");
  }

  @Test
  void aRoleWordCarriesARareSurname() {
    String out =
        redact(
            "补充侦查提纲\n　　当班护士豆春燕的证言称医生两次查房。被害人惠玉兰到诊所拔牙后出血。"
                + "惠玉兰出院后未复查。食堂购进豆腐若干。部分慢性病患者习惯于自行服药，患者习惯于拖延。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("豆春燕", "惠玉兰").contains("豆腐", "患者习惯于自行服药", "赵敏");
  }

  @Test
  void aSurnameThatMakesAWordWithTheGivenNameIsANameOnlyAfterARoleWord() {
    String out = redact("补充侦查提纲\n　　另有就诊人党建设反映曾在该诊所镶牙。请询问就诊人党建设及其他就诊人。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("党建设");
    String plain = redact("检察建议书\n　　该单位应加强党建设工作，落实整改。\n检察官　赵敏\n");
    assertThat(plain).contains("加强党建设工作");
  }

  @Test
  void aForeignPersonsPseudonymUsesTheirChineseSurname() {
    RedactionResult r =
        result(
            "再审检察建议书\n　　其他当事人（原审被告）：PARK SO YEON（中文名朴素妍），女，大韩民国国籍。\n"
                + "　　申请人与朴素妍签订合同，朴素妍未按期付款。\n检察官　赵敏\n");
    assertThat(r.redactedText()).doesNotContain("PARK SO YEON", "朴素妍", "P某某").contains("朴某某");
  }

  @Test
  void aLatinSpellingBesideAChineseNameTakesThatPersonsPseudonym() {
    // the spelling stands alone before the Chinese name gives it: one person, one pseudonym
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                "起诉书\n　　被告人罗永贵，男，1980年2月1日出生，汉族。\n"
                    + "　　经依法审查查明：2023年5月，NGUYEN THU HUONG经人介绍入境。"
                    + "罗永贵将越南籍女子阮秋香（NGUYEN THU HUONG，无有效证件）带至本地。阮秋香报警求助。\n检察官　赵敏\n",
                null,
                null,
                PseudonymMap.empty(),
                RedactionPolicy.defaults(),
                null));
    assertThat(r.redactedText())
        .doesNotContain("NGUYEN", "N某某")
        .contains("2023年5月，阮某某经人介绍", "阮某某（阮某某");
  }

  @Test
  void aTranslatedNameAfterALatinNameGivesThePseudonymOfBoth() {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(
                "检察建议书\n　　本院在对你局办理的犯罪嫌疑人IVANOVA OLGA涉嫌走私案进行监督中发现问题。"
                    + "犯罪嫌疑人IVANOVA OLGA（中文译名伊万诺娃·奥尔加），女，1986年3月1日出生。"
                    + "伊万诺娃·奥尔加供述：“My name is Ivanova Olga。”\n检察官　赵敏\n",
                null,
                null,
                PseudonymMap.empty(),
                RedactionPolicy.defaults(),
                null));
    assertThat(r.redactedText())
        .doesNotContain("IVANOVA", "Ivanova", "伊万诺娃", "I某某")
        .contains("伊某某（中文译名伊某某）");
  }

  @Test
  void aUyghurNameAfterTheServantPrefixIsReadWholeAndMaskedWithItsShortForm() {
    RedactionResult r =
        result(
            "起诉书\n　　证人阿不都克里木（村民，与双方均无亲属关系）的证言证实被告人先动手。" + "克里木还证实当晚下雨。被告人供述：“都是阿不都安排的。”\n检察官　赵敏\n");
    // 阿不都 alone before a word (安排) stays the short name, not a longer one
    assertThat(r.redactedText()).doesNotContain("克里木").contains("证人阿某某（村民", "安排的");
  }

  @Test
  void aThreeCharacterNameClosedElsewhereIsNotCutShortBeforeAWord() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人钱立新驾车与被害人韦春生发生碰撞，致韦春生受伤。" + "韦春生负次要责任，被不起诉人取得了韦春生及其女儿的谅解。\n检察官　赵敏\n");
    assertThat(out).doesNotContain("生发生", "韦春").contains("发生碰撞");
  }
}
