package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The rule: a role, kinship or occupation word declares the person whose name follows it, whatever
 * the name's shape — a child named by birth order, a surname that opens a word, a name that is a
 * word before testimony, a Mongolian name whose elements the stock lacks — and the same characters
 * stay where the document uses them as words. Texts written for these tests.
 */
class RoleIntroducedNamesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private static RedactionPolicy rulesOnly() {
    try {
      return RedactionPolicy.load(new StringReader("learned-recall=false\nhanlp-recall=false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String redact(String text) {
    RedactionResult r =
        engine.redact(
            new RedactionRequest(text, null, null, PseudonymMap.empty(), rulesOnly(), null));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  private static final String HEAD = "不起诉决定书\n　　被不起诉人郑立国，男，1975年2月3日出生。\n";
  private static final String TAIL = "\n检察官　赵敏\n";

  @Test
  void aRoleWordBeforeAVerbThatRunsIntoAKnownPersonNamesNobody() {
    String out =
        redact(
            "民事抗诉书\n　　申诉人（一审原告）：马立春，男，1970年1月2日出生。\n"
                + "　　第三人：赵雪梅，女，1972年3月4日出生。\n"
                + "　　被申诉人（一审被告）：云岭建设有限公司。\n"
                + "　　经对账，被申诉人尚欠马立春工程款人民币80万元；被申诉人向赵雪梅支付的30万元应视为向马立春付款。\n"
                + TAIL);
    assertThat(out).doesNotContain("马立春", "赵雪梅").contains("被申诉人尚欠", "被申诉人向");
  }

  @Test
  void aRoleWordBeforeACountyLevelCityOpeningABodysNameNamesNobody() {
    String out =
        redact(
            "民事公益诉讼起诉书\n　　被告：景洪市勐泐橡胶制品厂，住所地景洪市嘎洒镇曼迈村。\n"
                + "　　被告玉罕，女，1980年1月2日出生，傣族。\n"
                + "　　被告玉罕、景洪市勐泐橡胶制品厂污染环境一案，本院依法审查。\n"
                + TAIL);
    assertThat(out).contains("景洪市勐泐橡胶制品厂").doesNotContain("玉罕", "曼迈村");
  }

  @Test
  void aRelativeOrNeighbourWithASurnameNoListHasIsMaskedBeforeWhatOnlyAPersonDoes() {
    String out =
        redact(
            HEAD
                + "　　饭店停业二十余日，其妻国秀兰代为提起附带民事诉讼。其子嵇小满现年二十六岁。"
                + "丈夫赵有才已于2015年去世。邻居白水生反映情况属实。其妻敬晓琴患类风湿性关节炎。"
                + TAIL);
    assertThat(out)
        .doesNotContain("国秀兰", "嵇小满", "赵有才", "白水生", "敬晓琴")
        .contains("其妻", "代为提起", "现年", "已于2015年去世", "反映情况属实");
  }

  @Test
  void aRelationWordBeforeAPlainWordAndAPredicateNamesNobody() {
    String out = redact(HEAD + "　　其子女均已于2020年成家。邻居有人反映情况属实。" + TAIL);
    assertThat(out).contains("其子女均已于2020年成家", "邻居有人反映");
  }

  @Test
  void aChildNamedByBirthOrderIsMasked() {
    String out = redact(HEAD + "　　郑立国有两个孩子。次子邰永福，年满十一周岁，在县城上学。" + TAIL);
    assertThat(out).doesNotContain("邰永福").contains("次子");
  }

  @Test
  void aSurnameThatOpensAWordIsTheNameRightBeforeTestimony() {
    String out =
        redact(HEAD + "　　仓库保管员揭晓梅在本院询问时陈述：“货是郑立国拉走的。”会计海富强证实了转账经过。" + "抽奖结果揭晓后，海富路口停满了车。" + TAIL);
    assertThat(out).doesNotContain("揭晓梅", "海富强").contains("结果揭晓后", "海富路口");
  }

  @Test
  void aNameThatIsAWordIsThePersonAfterARelationWordOnlyBeforeTestimony() {
    String out =
        redact(HEAD + "　　中介经纪人高原证实：“郑立国看过房子。”经经纪人高原居间介绍，双方签订合同。" + "执法人员文明执法，货车驶上青藏高原。" + TAIL);
    assertThat(out).doesNotContain("人高原").contains("文明执法", "青藏高原");
  }

  @Test
  void aMongolianNameWhoseLastElementsTheStockLacksIsMaskedWhole() {
    String out = redact(HEAD + "　　嘎查长（村委会主任）斯琴达日玛证实，牧户曾经反映过。" + TAIL);
    assertThat(out).doesNotContain("斯琴", "达日玛");
  }

  @Test
  void aSurnameAndWordGivenNameAfterARoleWordIsMaskedWhenClosedAsAPartyElsewhere() {
    String out =
        redact(HEAD + "　　货款由郑立国转入案外人蔺安然个人账户。蔺安然系该公司原业务员，已经离职。" + "郑立国与蔺安然之间的纠纷另行解决。伤者安然无恙。" + TAIL);
    assertThat(out).doesNotContain("蔺安然").contains("安然无恙");
  }

  @Test
  void aSurnameNoListHoldsIsReadWhereARoleWordDeclaresThePersonAndTheirFamily() {
    String out =
        redact(
            HEAD
                + "　　鉴定人仵志刚、李红出具了鉴定意见。个体养殖户禤旺财（男，1966年4月1日出生）经营养猪场。"
                + "同村村民禤国梁陈述：“水都是黑的。”禤旺财在询问时认可。证人母亲在场，被害人身上有伤。"
                + TAIL);
    assertThat(out).doesNotContain("仵志刚", "禤旺财", "禤国梁").contains("证人母亲在场", "被害人身上有伤");
  }

  @Test
  void aDeclaredNameThatIsAWordIsThePersonBeforeWhatOnlyAPersonHas() {
    String out =
        redact(
            "再审检察建议书\n　　被申请人（原审原告）高原，男，1960年5月6日出生，汉族。\n"
                + "　　交警部门认定高原负事故次要责任，原判赔偿高原各项损失共计人民币1000元。"
                + "款项转入高原个人名下账户。其代理人系高原之女。运输车辆驶上青藏高原后继续向前。"
                + TAIL);
    assertThat(out).doesNotContain("认定高原", "赔偿高原", "入高原", "系高原").contains("青藏高原后");
  }

  @Test
  void aNicknameTheSpeakerOrAFriendWordGivesIsMaskedButAWordStays() {
    String out =
        redact(
            HEAD
                + "　　郑立国经QQ好友“彪哥”介绍，将银行卡出售给“彪哥”使用。"
                + "证人在询问时称：“我是老歪，家里的事都是我管。”另一证人称：“我是老大，我说了算。”"
                + TAIL);
    assertThat(out).doesNotContain("彪哥", "老歪").contains("我是老大");
  }

  @Test
  void aNameAfterMotherOrFatherWrittenInFullStartsAfterTheWholeKinshipWord() {
    String out = redact(HEAD + "　　郑立国将其本人及其母亲明秀兰名下的银行卡用于收款。" + TAIL);
    assertThat(out).doesNotContain("明秀兰").contains("其母亲明某某");
  }
}
