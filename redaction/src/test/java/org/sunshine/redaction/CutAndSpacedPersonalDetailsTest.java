package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Personal details a ragged wrap cut or a scan spaced are masked whole: a condition (骨髓|炎) and a
 * birth date in the lunar calendar (1943年农历八|月初六) cut by a line break, the same birth in the other
 * calendar in brackets, a VIN written with full-width digits and a stray space, a mobile number in
 * a single-space table with a stray space before its last digit, and a pupil's school without a
 * grade. Texts written for these tests.
 */
class CutAndSpacedPersonalDetailsTest {

  @Test
  void aConditionCutByARaggedWrapIsMaskedWhole() {
    String out =
        redact(
            "支持起诉书\n　　原告詹秀梅，女，1970年2月3日出生，汉族。\n　　经查，原告被砸伤后出现骨髓\n炎，两次住院，"
                + "其子此后出现创伤后应激\n障碍，经市第三医院诊断。\n");
    assertThat(out).doesNotContain("骨髓炎", "应激障碍").contains("两次住院");
  }

  @Test
  void aLunarBirthDateCutByAWrapAndItsSolarDateInBracketsAreMasked() {
    String out =
        redact(
            "支持起诉书\n　　原告：詹秀梅，女，1943年农历八\n月初六出生（公历1943年9月5日），汉族，住某县。\n"
                + "　　2024年3月2日，原告向本院申请支持起诉。\n");
    assertThat(out).doesNotContain("1943年", "农历八月初六").contains("2024年3月2日");
  }

  @Test
  void aVehicleIdentificationNumberWithFullWidthDigitsAndAStraySpaceIsMasked() {
    String out =
        redact("执行监督决定书\n　　法院查封了被执行人詹立军名下的小型轿车（车辆识别代号LFVBA２４ K６MA３０５８２７）。\n" + "　　本院依法审查了本案。\n");
    assertThat(out).doesNotContain("LFVBA24K6MA305827").contains("小型轿车");
  }

  @Test
  void aMobileNumberWithAStraySpaceBeforeItsLastDigitInASingleSpaceTableIsMasked() {
    String out =
        redact(
            "支持起诉书\n　　原告詹秀梅等三人（名单附后）。\n附：原告名单\n序号 姓名 住址 联系电话 欠薪数额\n"
                + "1 詹秀梅 某镇某村 1367712435 8 4620元\n2 詹立军 某镇某村 13677124359 3150元\n"
                + "3 詹立新 某镇某村 13677124360 2890元\n");
    assertThat(out).doesNotContain("13677124358", "13677124359").contains("4620元", "3150元");
  }

  @Test
  void aBoatsRegistrationWithFourDigitsOrOfACargoBoatIsMaskedButAQuantityStays() {
    String out =
        redact(
            "起诉书\n　　被告人詹立军，男，1980年3月6日出生。\n　　被告人詹立军驾驶川雷渔0137号渔船，又雇佣“苏宿迁货2387”吸砂，" + "运货2000吨。\n");
    assertThat(out).doesNotContain("0137", "2387").contains("运货2000吨");
  }

  @Test
  void theAccountsListedAfterOneLabelAreEachMasked() {
    String out =
        redact(
            "起诉书\n　　被告人詹立军，男，1980年3月6日出生。\n　　被告人詹立军使用微信号zlj_hk2019、li.ming1990等账号冒充客服，"
                + "后改用QQ和微信联系被害人。\n");
    assertThat(out).doesNotContain("zlj_hk2019", "li.ming1990").contains("QQ和微信联系");
  }

  @Test
  void aPupilsSchoolWithoutAGradeInAPartysDetailsIsMasked() {
    String out =
        redact(
            "民事抗诉书\n　　申请人：詹小雨，女，2010年7月2日出生，汉族，某市第二中学学生，住某县。\n"
                + "　　法定代理人：詹立军，男，1980年3月6日出生，系詹小雨之父。\n");
    assertThat(out).doesNotContain("第二中学学生");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of(text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
