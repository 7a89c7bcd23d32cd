package org.sunshine.platform.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.cases.PartyRole;

/**
 * Realistic 起诉书 and 不起诉决定书 for the demo cases, written the way the real ones are: full names,
 * identity numbers, birth dates, home addresses and phone numbers in the text, so the engine and
 * the reviewers have real work to do.
 */
final class DemoDocuments {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String[] STREETS = {"平阳路", "体育路", "长治路", "亲贤街", "学府街", "坞城路", "许坦东街"};
  private static final String[] JOBS = {"无业", "务工", "个体经营者", "农民", "公司职员", "司机"};
  private static final String[] EDUCATION = {"初中文化", "高中文化", "小学文化", "大专文化"};

  /**
   * charge → what happened (%1$s accused, %2$s victim, %3$s amount), 刑法 article, the law's words.
   */
  private static final Map<String, String[]> FACTS =
      Map.ofEntries(
          fact(
              "盗窃罪",
              "被告人%1$s趁被害人%2$s不备，窃取其手机、现金等财物，价值共计人民币%3$s元",
              "第二百六十四条",
              "以非法占有为目的，秘密窃取他人财物，数额较大"),
          fact(
              "诈骗罪",
              "被告人%1$s以帮助办理贷款为名，骗取被害人%2$s人民币%3$s元",
              "第二百六十六条",
              "以非法占有为目的，虚构事实、隐瞒真相，骗取他人财物，数额较大"),
          fact(
              "故意伤害罪",
              "被告人%1$s因琐事与被害人%2$s发生争执，持木棍击打其头部，致其轻伤一级，医疗费用人民币%3$s元",
              "第二百三十四条",
              "故意伤害他人身体，致人轻伤"),
          fact(
              "危险驾驶罪",
              "被告人%1$s醉酒后驾驶小型轿车行驶至该路段时被查获，经鉴定其血液酒精含量为%3$smg/100ml；被害人%2$s的车辆被剐蹭",
              "第一百三十三条之一",
              "在道路上醉酒驾驶机动车"),
          fact(
              "帮助信息网络犯罪活动罪",
              "被告人%1$s明知他人利用信息网络实施犯罪，仍将本人银行卡出售，该卡接收被害人%2$s等人被骗资金共计人民币%3$s元",
              "第二百八十七条之二",
              "明知他人利用信息网络实施犯罪，为其犯罪提供支付结算帮助，情节严重"),
          fact(
              "寻衅滋事罪",
              "被告人%1$s酒后在饭店内无故殴打被害人%2$s，并砸毁财物价值人民币%3$s元",
              "第二百九十三条",
              "随意殴打他人，任意损毁公私财物，情节严重"),
          fact(
              "交通肇事罪",
              "被告人%1$s驾驶货车违反交通运输管理法规，与被害人%2$s驾驶的电动车相撞，致其重伤，财产损失人民币%3$s元",
              "第一百三十三条",
              "违反交通运输管理法规，因而发生重大事故，致一人重伤"),
          fact(
              "开设赌场罪",
              "被告人%1$s在出租屋内组织他人以“推牌九”方式赌博，抽头渔利人民币%3$s元，被害人%2$s输掉家中积蓄",
              "第三百零三条",
              "开设赌场，情节严重"),
          fact(
              "非法吸收公众存款罪",
              "被告人%1$s以高息为诱饵向社会公众吸收资金，其中吸收被害人%2$s人民币%3$s元",
              "第一百七十六条",
              "非法吸收公众存款，扰乱金融秩序"),
          fact(
              "掩饰、隐瞒犯罪所得罪",
              "被告人%1$s明知是他人盗窃所得的电动车仍予以收购，其中一辆为被害人%2$s所有，价值人民币%3$s元",
              "第三百一十二条",
              "明知是犯罪所得而予以收购"),
          fact("抢劫罪", "被告人%1$s持刀拦截被害人%2$s，劫取其现金人民币%3$s元", "第二百六十三条", "以非法占有为目的，当场使用暴力劫取他人财物"),
          fact(
              "职务侵占罪",
              "被告人%1$s利用担任公司出纳的职务便利，将公司资金人民币%3$s元转入个人账户，被害单位负责人%2$s报案",
              "第二百七十一条",
              "利用职务上的便利，将本单位财物非法占为己有，数额较大"),
          fact(
              "贪污罪",
              "被告人%1$s利用担任村委会主任协助政府从事征地补偿工作的便利，侵吞补偿款人民币%3$s元，村民%2$s举报",
              "第三百八十二条",
              "利用职务上的便利，侵吞公共财物，数额较大"),
          fact(
              "受贿罪",
              "被告人%1$s利用职务上的便利，为请托人%2$s在工程承揽方面谋取利益，收受其给予的人民币%3$s元",
              "第三百八十五条",
              "利用职务上的便利，为他人谋取利益，非法收受他人财物，数额较大"),
          fact(
              "走私普通货物罪",
              "被告人%1$s伙同他人绕关走私冻品入境，偷逃应缴税额人民币%3$s元，货主%2$s另案处理",
              "第一百五十三条",
              "逃避海关监管，走私普通货物，偷逃应缴税额较大"));

  private DemoDocuments() {}

  private static Map.Entry<String, String[]> fact(
      String charge, String what, String article, String law) {
    return Map.entry(charge, new String[] {what, article, law});
  }

  static String indictment(CaseView c, String number, LocalDate signed, Random random) {
    return write(c, number, signed, random, false);
  }

  static String nonProsecution(CaseView c, String number, LocalDate signed, Random random) {
    return write(c, number, signed, random, true);
  }

  private static String write(
      CaseView c, String number, LocalDate signed, Random random, boolean np) {
    String unit = c.unitName();
    String police = unit.replace("人民检察院", "公安局");
    String court = unit.replace("人民检察院", "人民法院");
    String county = unit.replace("人民检察院", "");
    String who = np ? "被不起诉人" : "被告人";
    List<PartyRecord> accused = c.accused();
    String victim =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.VICTIM)
            .map(PartyRecord::name)
            .findFirst()
            .orElse("王某");
    String[] f = FACTS.getOrDefault(c.charge(), FACTS.get("盗窃罪"));
    String charge = c.charge();
    StringBuilder t = new StringBuilder();
    t.append("山西省").append(unit).append('\n').append(np ? "不起诉决定书" : "起 诉 书").append('\n');
    t.append(number).append("\n");
    for (PartyRecord p : accused) {
      t.append(who).append(p.name()).append("，男，");
      if (p.birthDate() != null) {
        t.append(DAY.format(p.birthDate())).append("出生，");
      }
      if (p.idNumber() != null) {
        t.append("公民身份号码").append(p.idNumber()).append("，");
      }
      t.append("汉族，")
          .append(EDUCATION[random.nextInt(EDUCATION.length)])
          .append("，")
          .append(JOBS[random.nextInt(JOBS.length)])
          .append("，住山西省")
          .append(county)
          .append(STREETS[random.nextInt(STREETS.length)])
          .append(10 + random.nextInt(190))
          .append("号")
          .append(1 + random.nextInt(6))
          .append("单元")
          .append(101 + random.nextInt(600))
          .append("室，联系电话1")
          .append(35 + random.nextInt(4))
          .append(String.format("%08d", random.nextInt(100_000_000)))
          .append("。");
      t.append("因涉嫌")
          .append(charge)
          .append("，于")
          .append(DAY.format(c.acceptedOn().minusDays(30)))
          .append("被")
          .append(police)
          .append(np ? "刑事拘留，同年取保候审。\n" : "刑事拘留，后经本院批准逮捕。\n");
    }
    String names = String.join("、", accused.stream().map(PartyRecord::name).toList());
    t.append("本案由")
        .append(police)
        .append("侦查终结，以")
        .append(who)
        .append(names)
        .append("涉嫌")
        .append(charge)
        .append("，于")
        .append(DAY.format(c.acceptedOn()))
        .append("向本院移送审查起诉。");
    t.append("本院受理后，于次日已告知")
        .append(who)
        .append("有权委托辩护人，已告知被害人")
        .append(victim)
        .append("有权委托诉讼代理人，依法讯问了")
        .append(who)
        .append("，听取了辩护人、被害人的意见，审查了全部案件材料。\n");
    t.append(np ? "经本院依法审查查明：\n" : "经依法审查查明：\n");
    String first = accused.isEmpty() ? "" : accused.get(0).name();
    String amount = String.valueOf(2000 + random.nextInt(48000));
    t.append(DAY.format(c.acceptedOn().minusDays(45)))
        .append("，在")
        .append(county)
        .append("某小区附近，")
        .append(String.format(f[0], first, victim, amount))
        .append("。案发后，")
        .append(first)
        .append("被公安机关抓获，归案后如实供述了自己的罪行。\n");
    t.append("认定上述事实的证据如下：1.物证；2.书证；3.证人证言；4.被害人")
        .append(victim)
        .append("的陈述；5.")
        .append(who)
        .append(names)
        .append("的供述和辩解；6.鉴定意见。\n");
    if (np) {
      t.append("本院认为，")
          .append(who)
          .append(names)
          .append("实施了《中华人民共和国刑法》")
          .append(f[1])
          .append("规定的行为，但犯罪情节轻微，具有坦白情节，已赔偿被害人")
          .append(victim)
          .append("的损失并取得谅解，根据《中华人民共和国刑法》第三十七条的规定，不需要判处刑罚。依据《中华人民共和国刑事诉讼法》第一百七十七条第二款的规定，决定对")
          .append(names)
          .append("不起诉。\n");
      t.append(
              "被不起诉人如不服本决定，可以自收到本决定书后七日内向本院申诉。被害人如不服本决定，可以自收到本决定书后七日以内向上一级人民检察院申诉，请求提起公诉；也可以不经申诉，直接向")
          .append(court)
          .append("提起自诉。\n");
      t.append(unit).append('\n').append(DAY.format(signed)).append('\n');
    } else {
      t.append("本院认为，")
          .append(who)
          .append(names)
          .append(f[2])
          .append("，其行为已触犯《中华人民共和国刑法》")
          .append(f[1])
          .append("，犯罪事实清楚，证据确实、充分，应当以")
          .append(charge)
          .append("追究其刑事责任。根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉，请依法判处。\n");
      t.append("此致\n")
          .append(court)
          .append("\n检察官：")
          .append(c.procurator() == null ? "李明轩" : c.procurator())
          .append('\n')
          .append(DAY.format(signed))
          .append('\n');
    }
    return t.toString();
  }
}
