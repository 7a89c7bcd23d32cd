package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The learned recall layer of ADR 0022: the model proposes, the rules decide. */
class LearnedRecallTest {

  private static final RedactionEngine ENGINE = new RedactionEngine();

  /** Only the learned layer beside the rules, so that what it adds shows. */
  private static RedactionPolicy policy(boolean learned) throws IOException {
    return RedactionPolicy.load(
        new StringReader("learned-recall=" + learned + "\nhanlp-recall=false\n"));
  }

  private static String redact(String text, boolean learned) throws IOException {
    return ENGINE
        .redact(new RedactionRequest(text, null, null, null, policy(learned), null))
        .redactedText();
  }

  @Test
  void aNameNobodyDeclaredInTestimonyIsMasked() throws IOException {
    String text = "　　被告人刘建华供述：“我把手机卖给了桂志明，钱已经花完了。”";
    assertThat(redact(text, false)).contains("桂志明");
    assertThat(redact(text, true)).doesNotContain("桂志明").contains("桂某某");
    // the rules read a full name somebody is called by (一个叫X的人) themselves
    String called = "　　被告人刘建华供述：“我把手机卖给了一个叫桂志明的人，钱已经花完了。”";
    assertThat(redact(called, false)).doesNotContain("桂志明").contains("桂某某");
  }

  @Test
  void anAccompliceNamedOnlyAfterAVerbIsMasked() throws IOException {
    String text = "　　经依法审查查明：2023年6月，被告人刘建华伙同汤志伟盗窃电动车两辆。";
    assertThat(redact(text, true)).doesNotContain("汤志伟");
  }

  @Test
  void aJudgesNameIsNotMaskedByTheModel() throws IOException {
    String signature = "　　审判员：汤志伟";
    // whether or not the model proposes the name in the signature line, the official's kept span
    // wins
    String text = "　　经依法审查查明：2023年6月，被告人刘建华伙同孟庆丰盗窃电动车两辆。\n" + signature + "\n";
    assertThat(redact(text, true)).contains("审判员：汤志伟").doesNotContain("孟庆丰");
  }

  @Test
  void aGivenNameStandingAloneConfirmsTheLongerReading() throws IOException {
    String text =
        "　　证人邵怡证言：“那天晚上我和张胜实在烧烤店吃饭，胜实拉我走，后来我就回家了。”\n"
            + "　　证人夏勇妮证言：“那天晚上我和肖向阳在烧烤店吃饭，向阳拉我走，后来我就回家了。”";
    assertThat(redact(text, true)).doesNotContain("胜实", "向阳", "张胜", "肖向");
  }

  @Test
  void theModelMasksNoOrdinaryWordsThatStartWithASurname() throws IOException {
    String text = "　　经审计，交易明细显示被害人通过资金流水转出款项，被告人用万能钥匙打开房门，窃得金项链一条，" + "后当即逃离。双方心照不宣，被害人出具了谅解书。";
    assertThat(redact(text, true)).isEqualTo(redact(text, false)).isEqualTo(text);
  }

  @Test
  void aNameInASentenceUnlikeAnyTrainingFrameIsMasked() throws IOException {
    // ADR 0030: the model is trained on frames and thesaurus clauses, never on this sentence
    String line = "　　被害人报案称，那天晚上邝志平把车开走了，一直没有还回来。";
    int at = line.indexOf("邝志平");
    assertThat(NameModel.shipped().names(line)).anyMatch(s -> s[0] == at && s[1] == at + 3);
    assertThat(redact(line, true)).doesNotContain("邝志平");
  }

  @Test
  void aTwoCharacterNameTheModelReadsExactlyOnceIsMasked() throws IOException {
    String text = "　　案发当晚，郭超驾驶摩托车离开现场，事后被告人将手机交给周敏保管。";
    assertThat(NameModel.shipped().names(text)).hasSize(2);
    assertThat(redact(text, true)).doesNotContain("郭超", "周敏");
  }

  @Test
  void aNameWithoutASurnameTheModelReadsIsMasked() throws IOException {
    String text = "　　证人证实，那天傍晚央金一个人去了河边，很晚才回来。";
    assertThat(redact(text, true)).doesNotContain("央金");
  }

  @Test
  void aNameAfterALawyersTitleIsKeptWhateverTheModelReads() throws IOException {
    String text = "　　本院听取了值班律师其木格的意见。被害人报案称，那天晚上邝志平把车开走了。";
    assertThat(redact(text, true)).contains("值班律师其木格").doesNotContain("邝志平");
  }

  @Test
  void aPlaceWordRunningIntoAProposalKeepsThePlace() throws IOException {
    String text = "　　被害人当晚被送往锡林郭勒盟中心医院救治，经抢救脱离危险。";
    assertThat(redact(text, true)).contains("锡林郭勒盟");
  }

  @Test
  void ordinaryWordsOpeningAClauseAreNoNames() throws IOException {
    // 连夜, 路过, 钱包 open with a surname character; the thesaurus clauses teach that they are words
    String text = "　　次日凌晨，路过的村民连夜报警，钱包已被丢弃在路边。";
    for (int[] s : NameModel.shipped().names(text)) {
      assertThat(text.substring(s[0], s[1])).isNotIn("路过", "连夜", "钱包");
    }
    // what the model still proposes (凌晨) is a dictionary word, which the rules never accept
    assertThat(redact(text, true)).isEqualTo(text);
  }

  @Test
  void learnedRecallIsAPolicySwitchOnByDefault() throws IOException {
    assertThat(RedactionPolicy.defaults().learnedRecall()).isTrue();
    assertThat(RedactionPolicy.load(new StringReader("learned-recall=false")).learnedRecall())
        .isFalse();
  }

  @Test
  void theShippedModelIsCompact() throws IOException {
    try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes().length).isLessThan(500_000);
    }
    assertThat(NameModel.shipped().features()).isPositive();
  }
}
