package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: in a list of people whose rows hold a name and numbers — also when the extractor left
 * single spaces that normalisation closes (郑二虎 20160元 郑小虎 18400元), or a name is fused to an ID
 * number — a name-shaped run before a number is a person once other sources read two of the list's
 * names; its words (合计) stay, and a list naming no known person is left alone.
 */
class NamesBeforeNumbersTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void everyNameOfAListOfNamesAndAmountsIsMaskedOnceTwoAreKnown() {
    String text =
        """
        某某县人民检察院
        不起诉决定书
        　　经查，被不起诉人许志国拖欠下列六名工人工资共计人民币99000元：
        王立新 16000元 赵春梅 18000元
        栗文博 15000元 郜小川 17000元
        暴德旺 16000元 合计 82000元
        　　工人王立新、赵春梅陈述，许志国多次承诺付款未兑现。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("王立新", "赵春梅", "栗文博", "郜小川", "暴德旺");
    assertThat(out).contains("合计");
  }

  @Test
  void aNameFusedToItsIdNumberInARowIsMaskedBesideKnownOnes() {
    String text =
        """
        某某县人民检察院
        支持起诉意见书
        　　原告：何志远等四人，基本情况如下：
        　　何志远　230102196903142017　欠付工资38600元
        　　邵红英　230124197208223010　欠付工资41200元
        　　战立峰　231025198011052015　欠付工资36800元
        　　佟晓光　230302196612303010　欠付工资29500元
        　　原告何志远、邵红英多次讨要未果。
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("何志远", "邵红英", "战立峰", "佟晓光");
  }

  @Test
  void aListOfThingsAndNumbersWithoutKnownPeopleIsLeftAlone() {
    String text =
        """
        某某县人民检察院
        检察建议书
        　　经查，该局下列项目资金未按期拨付：
        　　绿化工程 16000元 排水工程 18000元
        　　道路硬化 15000元 路灯安装 17000元
        """;
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).contains("绿化工程", "排水工程", "道路硬化", "路灯安装");
  }
}
