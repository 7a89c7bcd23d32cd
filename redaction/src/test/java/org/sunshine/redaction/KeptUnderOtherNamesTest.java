package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What bench/keep-fuzz.sh found when the kept items of the hand-written sets were given other
 * names: officials with a two-character surname or a minority name, county-level places whose name
 * holds a function character, and campaign or season words built on a person's given name. Each
 * stays; the people around them do not.
 */
class KeptUnderOtherNamesTest {

  private static String redact(String text) {
    return new RedactionEngine().redact(RedactionRequest.of(text)).redactedText();
  }

  @Test
  void aLawyerWithATwoCharacterSurnameOrADottedNameAfterTheTitleIsKeptWhole() {
    String out =
        redact(
            "　　本院依法讯问了被告人，听取了辩护人某省远山律师事务所律师端木思成的意见，"
                + "并听取了值班律师艾克拜尔·热合曼及被害人的意见。被告人许青禾，男，1988年4月6日出生。");
    assertThat(out).contains("端木思成", "艾克拜尔·热合曼").doesNotContain("许青禾", "端某");
  }

  @Test
  void aPetitionersAgentCalledALawyerBeforeTheFirmInBracketsIsKept() {
    String out = redact("　　申诉人邬长庚，男，1969年5月6日出生。本院复查期间，听取了申诉人邬长庚及其申诉代理人" + "戚明远律师（湖北江城律师事务所）的意见。");
    assertThat(out).contains("戚明远律师").doesNotContain("邬长庚");
  }

  @Test
  void aMinorityOfficerNamedByTheBureausTitleIsReadFromTheNameElementsNotALongerRun() {
    String out =
        redact(
            """
            某县市场监督管理局：
            　　本院于2024年3月2日与你局副局长次旦卓嘎、稽查科负责人岳明川进行了沟通。镇长巴桑旺姆已于2024年3月9日到场。
            　　执行局局长宫正华汇报了执行情况。被申请人宫正华，男，1970年1月2日出生。
            """);
    assertThat(out).contains("次旦卓嘎", "岳明川", "巴桑旺姆");
    // a Han officer's name never takes the verb after it: read short, it stays the party's name
    assertThat(out).doesNotContain("宫正华");
  }

  @Test
  void aSectionHeadListedAfterAnOfficerIsKeptButNotAfterAParty() {
    String out =
        redact("　　本院与你局局长黎振川、法规科负责人苗秋实进行了沟通。被告人柯海生、财务科负责人甘霖松参与了伪造账目。" + "被告人柯海生，男，1980年1月1日出生。");
    assertThat(out).contains("黎振川", "苗秋实").doesNotContain("柯海生", "甘霖松");
  }

  @Test
  void aPublicBodysHeadWithAMinorityNameIsKept() {
    String out =
        redact(
            """
            　　被申请人某县人民政府，住所地某县城关镇1号。法定代表人阿不来提·托合提，县长。
            　　被申请人某旗人民政府，住所地某旗某镇2号。法定代表人额尔敦巴雅尔，旗长。
            　　申请人洪远舟，男，1966年5月5日出生。
            """);
    assertThat(out).contains("阿不来提·托合提", "额尔敦巴雅尔").doesNotContain("洪远舟");
  }

  @Test
  void aCountyWhoseNameHoldsAFunctionCharacterStaysBeforeTheMaskedAddress() {
    String out =
        redact("　　被告人蒲东升，男，1979年2月3日出生，住广东省广州市从化区街口街道新村路8号。" + "被害人桂小娥，女，住四川省称多县清水河镇扎多村二组。");
    assertThat(out).contains("广东省广州市从化区", "四川省称多县").doesNotContain("新村路", "扎多村", "蒲东升", "桂小娥");
  }

  @Test
  void aHomeAnotherPersonHoldsAfterTheResidenceCueKeepsItsCountyAndMasksThatPerson() {
    String out = redact("　　犯罪嫌疑人宁远航，男，1981年9月3日出生。案发后宁远航暂住于其兄宁远山位于延吉市依兰镇红光村5组的住处。");
    assertThat(out).contains("延吉市").doesNotContain("宁远山", "红光村", "依兰镇");
  }

  @Test
  void aCampaignOrSeasonBuiltOnAGivenNameIsNotThePerson() {
    String out =
        redact(
            "　　被告人卜春雷，男，1970年2月2日出生。卜春雷向群众吸收资金。集资参与人在“春雷行动”宣传后报案。"
                + "证人邰金秋证实其于金秋时节购进货物，金秋还证实货物系假货。当地开展“海燕”宣传周，被害人甄海燕参加。");
    assertThat(out).contains("春雷行动", "金秋时节", "“海燕”宣传周");
    assertThat(out).doesNotContain("卜春雷", "邰金秋", "金秋还", "甄海燕");
  }

  @Test
  void aSignatureOnTheLineAfterATitleWithAColonIsKept() {
    String out =
        redact(
            """
            　　被告人伍成林，男，1985年1月1日出生。
            　　此致
            某市中级人民法院
            　　　　　　　　　　　　　　　　　　　　检察员：
            鄢晓松
            　　　　　　　　　　　　　　　　　　　　2024年3月11日
            """);
    assertThat(out).contains("鄢晓松").doesNotContain("伍成林");
  }

  @Test
  void aGivenNameInsideAPlaceTheLayoutWrappedBeforeItsLevelStaysThePlace() {
    String out =
        redact(
            """
            　　被告何白云，男，1975年2月3日出生。何白云经营的电镀作坊未取得许可。
            　　　　　　　　　　　　　　　　　　　　广东省广州市白云
            区人民检察院
            　　　　　　　　　　　　　　　　　　　　2024年5月16日
            """);
    assertThat(out).contains("广州市白云\n区人民检察院").doesNotContain("何白云");
  }

  @Test
  void aSignatureUnderATitleLineIsKeptWithItsDutyWordOrItsSignatureMark() {
    String out =
        redact(
            """
            　　被告人伍成林，男，1985年1月1日出生。
            此致
            某市人民法院
            检察官
            欧阳洋（签名）
            承办检察官
            　　　　仝　立　远
            检察官　田野　夏侯晴
            检察官　朝 鲁 门　阿旺洛桑
            审判员　柳成荫　被告人　伍成林
            二〇二五年三月十八日
            """);
    assertThat(out).contains("欧阳洋（签名）", "仝　立　远", "田野　夏侯晴", "朝 鲁 门　阿旺洛桑").doesNotContain("伍成林");
  }

  @Test
  void aMinoritySectionHeadOfAPublicBodyIsKept() {
    String out =
        redact(
            "　　某市人力资源和社会保障局劳动保障监察支队支队长达瓦次仁了解了移送情况。"
                + "某县医疗保障局基金监管科科长其木格带队检查。被告人邝成林，男，1985年1月1日出生。");
    assertThat(out).contains("达瓦次仁", "其木格").doesNotContain("邝成林");
  }

  @Test
  void aListOfOfficialsGoesOnAfterAKeptNameAndAnOfficerWithATwoCharacterSurnameIsKept() {
    String out =
        redact(
            """
            某县市场监督管理局：
            　　本院承办检察官：阿不来提·托合提、巴特尔其其格。听取了辩护人某省律师事务所律师邝远声、沙马拉则的意见。
            　　你局局长欧阳晓川到会发言。镇长皇甫芸已于2024年5月2日组织整改。被申请人桑丰年，男，1960年1月1日出生。
            """);
    assertThat(out).contains("阿不来提·托合提、巴特尔其其格", "邝远声、沙马拉则", "欧阳晓川", "皇甫芸").doesNotContain("桑丰年");
  }

  @Test
  void aQuotedCampaignOrModelSiteAndARealPrefectureAreNotThePersonWhoseNameTheyHold() {
    String out =
        redact(
            """
            　　申请人巴彦，男，蒙古族，1970年3月3日出生，住内蒙古自治区巴彦淖尔市临河区团结路9号。
            　　证人冯吉祥，男，1975年1月1日出生。吉祥证实其曾参加“吉祥社区·清风”专项行动，该工地系“吉祥工地”示范项目。
            """);
    assertThat(out).contains("巴彦淖尔市临河区", "“吉祥社区·清风”专项行动", "“吉祥工地”示范项目");
    assertThat(out).doesNotContain("申请人巴彦", "冯吉祥", "吉祥证实", "团结路");
  }

  @Test
  void aJudgeAtWorkWithADottedAMinorityOrATwoCharacterSurnameNameIsKept() {
    String out =
        redact(
            "　　2023年7月，执行法官阿依努尔·托合提先后冻结了被执行人的存款。执行法官吉克拉则经网络查控未发现财产。"
                + "审判员欧阳慧敏认为原告的请求成立。被执行人苗庆余，男，1970年1月1日出生。");
    assertThat(out).contains("阿依努尔·托合提", "吉克拉则", "欧阳慧敏").doesNotContain("苗庆余");
  }
}
