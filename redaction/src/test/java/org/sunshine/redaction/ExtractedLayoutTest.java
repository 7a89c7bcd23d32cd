package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: what a PDF or OCR extractor does to the text — a label or an ID cut by a hard wrap, a
 * phone cut onto a lone line, a colon cut inside a bracket — never lets a value through.
 */
class ExtractedLayoutTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }

  /** Cuts every paragraph into lines of {@code width} characters, as an extractor does. */
  private static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      for (int i = 0; i < paragraph.length(); i += width) {
        out.append(paragraph, i, Math.min(paragraph.length(), i + width)).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void aQqLabelCutByAWrapStillMasksItsNumber() {
    String body =
        "　　经依法审查查明：二〇二三年七月至十月，被告人贝立群通过Q"
            + "Q号4519948添加被害人为好友，骗取其人民币9226元，贝立群随后将钱款用于挥霍，案发后未退赔。\n"
            + "　　另查明，贝立群通过微信号为wxid_vjnswq48的账号联系买家，销售赃物所得人民币三千元。\n";
    String text = wrapped("起诉书\n" + body, 30);
    assertThat(text).contains("Q\nQ号");
    String out = redact(text);
    assertThat(out).doesNotContain("4519948", "wxid_vjn", "swq48");
  }

  @Test
  void aPhoneCutOntoALoneLineIsNoPageNumber() {
    String text = "起诉书\n序号　姓名　金额（元）　联系电话\n1　禚文澜　30500　1391234567\n8\n2　祁佳音　12000　15887654321\n";
    String out = redact(text);
    assertThat(out).doesNotContain("13912345678", "禚文澜", "祁佳音");
  }

  @Test
  void aRealNameAfterAColonCutByAWrapIsMasked() {
    String before = "　　另有一名绰号“阿斌”的男子负责望风，该男子后经查实为本地居民（真实姓名：";
    String body =
        before
            + "龙啸天）另案处理。被告人贝立群对此供认不讳，并称其与该男子系多年好友，案发后二人曾多次联系，"
            + "其间贝立群多次向该男子转账，用于支付望风报酬，该男子收款后即离开本地，至今下落不明，"
            + "另案处理的情况已由公安机关另行移送，本院依法对贝立群提起公诉，请依法判处。\n";
    String text = wrapped("起诉书\n" + body, before.length());
    assertThat(text).contains("真实姓名：\n龙啸天");
    assertThat(redact(text)).doesNotContain("龙啸天");
  }

  @Test
  void aWechatIdAfterAColonStopsAtItsLastLatinCharacter() {
    String out = redact("起诉书\n　　被告人贝立群通过微信账号：tiq_9784添加被害人为好友，骗取钱款。\n");
    assertThat(out).doesNotContain("tiq_9784").contains("添加被害人为好友");
  }

  @Test
  void aQqNumberInBracketsAfterItsLabelIsMasked() {
    assertThat(redact("起诉书\n　　参赌人员通过QQ（408074033）结算赌资。\n")).doesNotContain("408074033");
  }

  @Test
  void aRunningHeadAtEveryPageJoinsNoSentence() {
    String text =
        """
        某某市人民检察院
        起 诉 书
        　　被告人岩庄，男，1985年3月8日出生，傣族，住某某市。
        　　本案由某某市公安局侦查终结，以被告人岩庄
        第 1 页 共 3 页
        瑞丽市人民检察院　起诉书
        、被告人刘小龙涉嫌组织他人偷越国境罪，移送本院审查起诉。
        　　经依法审查查明：2025年2月，岩庄组织他人偷越国境。
        第 2 页 共 3 页
        瑞丽市人民检察院　起诉书
        　　本院认为，岩庄的行为构成组织他人偷越国境罪。
        第 3 页 共 3 页
        """;
    String out = redact(text);
    assertThat(out).doesNotContain("岩庄", "刘小龙").contains("瑞丽市人民检察院起诉书");
  }

  @Test
  void aPhoneWithACountryCodeIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人SOE MIN，男，1991年5月生，缅甸国籍。\n"
                + "　　经依法审查查明：SOE MIN通过手机（号码+95 9 4521 87306）联络同伙，另用+66 81 234 5678联系买家。\n");
    assertThat(out).doesNotContain("4521", "87306", "2345678");
  }

  @Test
  void anIdentifierFoundOnceIsMaskedWhereverItRecursSeparatedOtherwise() {
    String out =
        redact(
            "不起诉决定书\n　　被不起诉人廉文渊，男，1980年1月2日出生，住某某市。\n"
                + "　　经审查查明：廉文渊驾驶牌号为沪AD·F8827的轿车驶出停车场。\n"
                + "　　上述事实，有沪ADF8827号车辆行驶证等证据证实。\n");
    assertThat(out).doesNotContain("F8827");
  }

  @Test
  void aNewEnergyPlateWithTheDotInsideItsNumberIsMasked() {
    String out =
        redact(
            "起诉书\n　　被告人鄢文涛，男，1980年1月2日出生，住某某市。\n"
                + "　　经依法审查查明：鄢文涛驾驶号牌为苏ED·36719的小型轿车，套用苏EF·02815号牌。\n");
    assertThat(out).doesNotContain("36719", "02815");
  }

  @Test
  void aDashedPhoneCutBeforeANumberedLookingLineIsJoined() {
    String text =
        "起诉书\n　　被告人鄢文涛，男，1980年1月2日出生，住某某市。\n"
            + "　　经依法审查查明：鄢文涛为完成办卡指标，在明\n"
            + "知非本人到场的情况下仍予以办理，并协助他人规\n"
            + "避实名校验，经查，其中的涉案号码186-7714-023\n"
            + "6、177 7712 9905等办理时均未进行人脸比对，营\n"
            + "业员在询问中陈述属实，有关证据已经查证属实。\n";
    String out = redact(text);
    assertThat(out).doesNotContain("7714", "0236", "77129905");
  }

  @Test
  void anAddressThatAPageBreakCutsAfterAShortLastLineIsMaskedWhole() {
    String out =
        redact(
            "　　被告人关宏伟，男，1989年11月30日出生，户籍所在地某市某区浑河湾街\n道长白南路388号长白岛\n"
                + "第 1 页 共 3 页\n森林半岛18号楼2单元601室。因涉嫌寻衅滋事罪，于2023年11月28日被刑事拘留。\n");
    assertThat(out).doesNotContain("森林半岛", "18号楼", "601室", "长白南路").contains("因涉嫌寻衅滋事罪");
  }
}
