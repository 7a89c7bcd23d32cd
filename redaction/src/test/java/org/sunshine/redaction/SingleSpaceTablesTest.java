package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a table whose cells single spaces set apart (text extracted without layout) is read as
 * a table when its header, opening with 序号, names its columns in words: each numbered row below,
 * cut across lines or across a page's furniture, is read as one row, so the names, ID numbers and
 * homes of its columns are masked while its amounts, dates and counties stay.
 */
class SingleSpaceTablesTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Test
  void cellsSetApartBySingleSpacesUnderAColumnHeaderAreReadAsCells() {
    String text =
        "　　经审计，部分集资参与人情况如下：\n"
            + "序号 姓名 住址 投资金额 未兑付金额\n"
            + "1 蒯秋萍 临川市东湖区望江镇 300,000.00 210,0\n"
            + "00.00\n"
            + "2 綦元亮 临川市东湖区梧桐镇 150,000.00\n"
            + " 150,000.00\n"
            + "第 2 页 共 3 页\n"
            + "3 邰 春来 临川市南城县 80,000.00 80,000.00\n"
            + "　　上述事实，有审计报告等证据证实。\n";
    String normalised = NormalisedText.of(text).text();
    assertThat(normalised)
        .contains(
            "序号　姓名　住址　投资金额　未兑付金额",
            "1　蒯秋萍　临川市东湖区望江镇　300,000.00　210,000.00\n",
            "2　綦元亮　临川市东湖区梧桐镇　150,000.00　150,000.00\n",
            "3　邰春来　临川市南城县　80,000.00　80,000.00");
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out)
        .doesNotContain("蒯秋萍", "綦元亮", "春来", "望江镇", "梧桐镇")
        .contains("临川市东湖区", "临川市南城县", "300,000.00", "150,000.00", "投资金额 未兑付金额");
  }

  @Test
  void aSingleSpaceTableOfIdNumbersAndHandlesKeepsItsAmounts() {
    String text =
        "　　原告基本情况如下：\n"
            + "序号 姓名 公民身份号码 游戏账号 被拖欠工资（元）\n"
            + "1 蒯秋萍 362502198804120325 kqp_8866 38,600\n"
            + "2 綦元亮 362502197511030418 qiyl2020 36,200\n"
            + "　　被告某建筑公司拒不支付上述工资。\n";
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out)
        .doesNotContain("蒯秋萍", "綦元亮", "198804120325", "197511030418", "kqp_8866", "qiyl2020")
        .contains("38,600", "36,200");
  }

  @Test
  void aNicknameInChineseUnderANicknameColumnIsMaskedWhereverItStands() {
    String text =
        "　　经调取微信转账记录，部分参赌人员情况如下：\n"
            + "序号 姓名 微信昵称 住址 参赌次数\n"
            + "1 蒯秋萍 望江小仙女 临川市东湖区望江镇 9\n"
            + "2 綦元亮 梧桐树下 临川市东湖区梧桐镇 6\n"
            + "　　参赌人员“望江小仙女”在群里发送红包。\n";
    String out = engine.redact(RedactionRequest.of(text)).redactedText();
    assertThat(out).doesNotContain("望江小仙女", "梧桐树下", "蒯秋萍").contains("参赌次数", " 9\n");
  }

  @Test
  void aLineOfSingleSpacedWordsWithoutNumberedRowsIsNoTable() {
    String text = "序号 姓名 住址 金额\n　　本院认为，被告人蒯秋萍的行为构成诈骗罪。\n";
    assertThat(NormalisedText.of(text).text()).startsWith("序号姓名住址金额\n");
  }

  @Test
  void aProcuratorateOrAnOfficialUnderATablesLastRowIsNoPartOfItsCells() {
    String[] tables = {
      "序号 姓名 金额 住址 备注\n1 甲某 3000 城关镇解放路18号 已退赔\n2 乙某 4000 城关镇人民路9号\n某县人民检察院 王建国\n",
      "序号 | 姓名 | 金额（元） | 住址\n1 | 甲某 | 3000 | 城关镇解放路18号\n2 | 乙某 | 4000 | 城关镇人民路9号\n检察员王建国\n",
      "序号 | 姓名 | 金额（元） | 住址\n1 | 甲某 | 3000 | 城关镇解放路18号\n2 | 乙某 | 4000 | 城关镇人民路9号\n某省某县人民法院\n"
    };
    for (String table : tables) {
      String out = engine.redact(RedactionRequest.of("情况说明\n" + table)).redactedText();
      assertThat(out).as(table).containsPattern("\n(某县人民检察院 王建国|检察员王建国|某省某县人民法院)\n");
    }
  }
}
