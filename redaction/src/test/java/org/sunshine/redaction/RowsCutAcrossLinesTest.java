package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule: a table row the typesetter cut across lines is one row when its cells, counted in the
 * joined lines, make as many as the header's — wherever the cuts fell (inside a name, a date, an
 * identifier, right at a bar), whether the rows are numbered or not, and across page furniture. A
 * row lacking its last cells is never run into the next row, and every finding lands on the
 * original text.
 */
class RowsCutAcrossLinesTest {

  private final RedactionEngine engine = new RedactionEngine();

  private String redact(String text) {
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return r.redactedText();
  }

  private static final String OPENING =
      "临川市东湖区人民检察院\n支持起诉书\n东检民支诉〔2025〕3号\n"
          + "　　原告郦松涛等3人与被告晏德昌劳务合同纠纷一案，本院经审查认为，原告系进城务工人员，依法支持起诉。\n"
          + "　　原告（3人）：\n";

  @Test
  void aBarredRowCutInsideItsCellsAndAHeaderCutInsideAColumnNameAreReadWhole() {
    String text =
        OPENING
            + "序号 | 姓名 | 性别 | 出生日期 | 住址 | 欠付工资（\n"
            + "元）\n"
            + "1 | 郦松涛 | 男 | 1974年6月9日 \n"
            + "| 临川市东湖区梅岭镇枫树村 | 51200\n"
            + "2 | 宓春燕 | 女 | 1981年 10月3日 | 临\n"
            + "川市东湖区梅岭镇石门村 | 38700\n"
            + "3 | 隗德胜 | 男 | 1966年11\n"
            + "月25日 | 临川市东湖区望江街道 | 27300\n"
            + "　　被告：晏德昌，男，包工头。\n"
            + "检察员　林秋实\n";
    String out = redact(text);
    String flat = out.replace("\n", "");
    assertThat(flat)
        .doesNotContain("郦松涛", "宓春燕", "隗德胜", "1974年6月9日", "10月3日", "1966年11月25日")
        .doesNotContain("枫树村", "石门村", "望江街道")
        .contains("51200", "38700", "27300", "欠付工资（元）");
    // every row starts its own line as served; no row's amount runs into the next row's number
    assertThat(out).contains("\n2 | ", "\n3 | ");
    assertThat(NormalisedText.of(text).text()).contains("51200\n2 | ", "38700\n3 | ");
  }

  @Test
  void aRowOfAFullWidthBarTableCutInsideAnIdentifierIsMaskedWhole() {
    String text =
        "起诉书\n　　部分集资参与人情况（金额单位：元）：\n"
            + "序号｜姓名｜公民身份号码｜投资金额\n"
            + "1｜郦松涛｜3601021955031\n"
            + "42617｜350000\n"
            + "2｜宓春燕｜360103196208271\n"
            + "12X｜80000\n"
            + "　　上述集资参与人多为老年人。\n";
    String flat = redact(text).replace("\n", "");
    assertThat(flat)
        .doesNotContain("郦松涛", "宓春燕", "1955031", "196208271")
        .contains("350000", "80000");
  }

  @Test
  void rowsWithoutNumbersAreJoinedByTheirCellCountAndTheLastCellsTailGoesWithThem() {
    String text =
        "不起诉决定书\n　　经查，被害人被骗资金如下：\n"
            + "编号｜被害人QQ号｜被骗金额（元）｜报案地公安机关\n"
            + "A｜6\n"
            + "21937845｜48000｜湖南省常德市公\n"
            + "安局武陵分局\n"
            + "第1页 共2页\n"
            + "B｜917204\n"
            + "5563｜26500｜甘肃省兰州市公安局城关分局\n"
            + "　　以上事实，有银行交易明细等证据证实。\n";
    String flat = redact(text).replace("\n", "");
    assertThat(flat).doesNotContain("621937845", "9172045563").contains("48000", "26500");
  }

  @Test
  void aRowLackingItsLastCellsIsNeverRunIntoTheNextRow() {
    String text =
        "起诉书\n　　被盗车辆情况如下：\n"
            + "编号｜车辆所有人｜所有人住址｜价值（元）\n"
            + "1｜郦松涛｜望江街道梧桐路6号\n"
            + "2｜宓春燕\n"
            + "3｜隗德胜｜梅岭镇枫树村｜4100\n"
            + "　　以上被盗车辆价值共计人民币4100元。\n";
    String read = NormalisedText.of(text).text();
    assertThat(read).contains("梧桐路6号\n2｜宓春燕\n3｜隗德胜");
  }

  @Test
  void aWideSpaceInsideACellOfABarredTableIsAStrayNotAGap() {
    String text =
        "起诉书\n　　被害人情况如下：\n"
            + "序号｜姓名｜被害人QQ号｜金额（元）\n"
            + "1｜郜　红旗｜7720145896｜3000\n"
            + "2｜宓春燕｜6612093384｜5200\n"
            + "　　以上款项均未退还。\n";
    String out = redact(text);
    assertThat(out).doesNotContain("红旗", "7720145896", "6612093384").contains("3000", "5200");
  }

  @Test
  void aRowWithoutANumberInATableSetApartByGapsIsJoinedByItsCellCount() {
    String text =
        "起诉书\n　　经查，被害人情况如下：\n"
            + "姓名　性别　出生日期　住址\n"
            + "郦松涛　男　1974年6\n"
            + "月9日　梅岭镇枫树村3组\n"
            + "宓春燕　女　1981年10月3日　石门\n"
            + "村5组\n"
            + "　　以上被害人均系老年人。\n";
    String read = NormalisedText.of(text).text();
    assertThat(read).contains("1974年6月9日　梅岭镇枫树村3组", "石门村5组\n　　以上");
    String flat = redact(text).replace("\n", "");
    assertThat(flat).doesNotContain("郦松涛", "宓春燕", "6月9日", "枫树村", "石门");
  }

  @Test
  void aLatinWordCutInsideACellIsOneWordWhenItsRestCannotBeAWordOfItsOwn() {
    String read =
        NormalisedText.of(
                "　　经查，涉案人员情况如下：\n"
                    + "序号｜姓名｜国籍｜微信号\n"
                    + "1｜Chidi Em\n"
                    + "eka OKAFOR｜尼日利亚｜yan\n"
                    + "han_0707\n"
                    + "2｜KHAMPHOU\n"
                    + "N SISAVATH｜老挝｜khs\n"
                    + "_1990\n"
                    + "3｜NGUYEN VAN\n"
                    + "HUNG｜越南｜nvh2024\n")
            .text();
    assertThat(read)
        .contains("Chidi Emeka OKAFOR｜", "yanhan_0707", "KHAMPHOUN SISAVATH｜", "khs_1990")
        .contains("NGUYEN VAN HUNG｜");
  }

  @Test
  void aNumberAndABarOpenTheNextRowOfABarredTableAfterACompleteCardNumber() {
    String read =
        NormalisedText.of(
                "　　经查，被害人被骗如下：\n序号|被害人|时间|金额|转入账户\n"
                    + "1|郗某甲|2024年3月6日|860０0\n元|6228480791２34560772\n"
                    + "2|邬某乙|2024年4月19日|3250\n0元|621700２21０34556781\n2\n"
                    + "3|邝某丙|2024年5月2日|1５700\n0元|621700221034556781\n2\n"
                    + "4|郜某丁|2024年6月23日|9800\n元|6228480791234560772\n"
                    + "　　以上合计330500元。\n")
            .text();
    assertThat(read).contains("86000元|6228480791234560772\n2|邬某乙");
  }
}
