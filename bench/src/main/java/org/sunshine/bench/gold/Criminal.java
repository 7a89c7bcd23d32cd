package org.sunshine.bench.gold;

import org.sunshine.bench.gold.People.Person;

/**
 * The criminal document types: 起诉书, 不起诉决定书, 刑事抗诉书, 不批准逮捕决定书, 附条件不起诉决定书, 驳回申诉通知书, 刑事申诉复查决定书, 不立案决定书,
 * 撤销案件决定书. Some are unpublishable (an accused who was 17 when the offence period began, a sexual
 * crime against a child, a state-secret mark, the juvenile procedure's own documents); some are
 * publishable traps (an accused who turned 18 just before, a minor victim of a theft, a minor
 * co-offender handled in another case).
 */
final class Criminal {

  private static final String[] CHARGES = {"盗窃罪", "诈骗罪", "故意伤害罪", "抢夺罪", "非法吸收公众存款罪", "开设赌场罪"};

  private final Parts p;
  private final Gold g;

  Criminal(Parts parts) {
    this.p = parts;
    this.g = parts.g;
  }

  void write(String title, String role, String unit, String number) {
    g.type = title;
    g.append(unit).append("\n").append(title).append("\n").append(number).append("\n");
    if (title.equals("附条件不起诉决定书")) {
      g.publishable = false; // the juvenile procedure's own document: never published
    }
    String police =
        g.keep("agency", p.details.city() + "公安局" + p.details.county().replace("区", "") + "分局");
    Person accused = p.people.anyone();
    int kind = p.random.nextInt(12);
    int year = kind <= 1 ? 2005 : 1960 + p.random.nextInt(40);
    int month = kind == 0 ? 8 + p.random.nextInt(5) : kind == 1 ? 1 + p.random.nextInt(5) : 0;
    switch (title) {
      case "驳回申诉通知书" -> {
        Person appellant = p.people.anyone();
        g.append(p.named(appellant, "申诉人")).append("：\n");
        g.line(
            "你系原审被告人"
                + p.named(accused, "原审被告人")
                + "之父，因"
                + accused.name()
                + "盗窃一案，不服"
                + court()
                + "的刑事判决，向本院提出申诉。");
      }
      case "不立案决定书" -> {
        Person complainant = p.people.anyone();
        g.line(p.participant("控告人", complainant, "控告人", 1950 + p.random.nextInt(40), false));
        g.line("被控告人" + p.named(accused, "被控告人") + "，男。");
      }
      default -> {
        g.line(participantOf(role, accused, year, month));
        if (kind == 0) {
          g.publishable = false; // 17 when the offence period began in July 2023
        }
        if (title.equals("刑事申诉复查决定书")) {
          Person relative = p.people.anyone();
          g.line(
              p.participant("申诉人", relative, "申诉人", 1950 + p.random.nextInt(30), false)
                  .replace("。", "，系被害人之母。"));
        }
      }
    }
    Person co = p.random.nextInt(5) == 0 ? p.people.han() : null;
    if (co != null) {
      g.line(
          "同案犯罪嫌疑人"
              + p.named(co, "另案处理")
              + "（另案处理），男，"
              + p.details.birth(g, 2008, 5, 5, "另案处理")
              + "。");
    }
    if (title.equals("起诉书") || title.equals("刑事抗诉书")) {
      g.line(p.lawyerLine("辩护人"));
    }
    g.line(
        "本案由"
            + police
            + "侦查终结，以"
            + role
            + p.again(accused, role, false)
            + "涉嫌"
            + g.keep("charge", pick(CHARGES))
            + "，于"
            + g.keep("date", "2025年3月12日")
            + "移送本院审查。");
    facts(title, role, accused, co);
    g.line(
        "本院认为，"
            + role
            + p.again(accused, role, false)
            + "的行为触犯了"
            + g.keep("statute", "《中华人民共和国刑法》第二百六十六条")
            + "。");
    if (p.random.nextInt(25) == 0) {
      g.line("本案涉及国家秘密，不予公开。");
      g.publishable = false;
    }
    if (p.random.nextInt(40) == 0) {
      g.line("（本文书" + p.pick("密级：机密", "标注为秘密★10年", "含有国家秘密事项") + "）");
      g.publishable = false; // a secrecy mark wherever it stands
    }
    if (title.equals("刑事抗诉书")) {
      g.line("原审" + court() + "由" + p.panel() + "组成合议庭审理。");
    }
  }

  private String participantOf(String role, Person accused, int year, int month) {
    // born in 2005, the month decides whether the accused was 17 when the period began in July 2023
    return p.participant(role, accused, role, year, month, p.random.nextInt(3) == 0);
  }

  private void facts(String title, String role, Person accused, Person co) {
    Person victim = p.people.anyone();
    Person witness = p.people.anyone();
    int kind = p.random.nextInt(8);
    StringBuilder f = new StringBuilder(title.equals("刑事抗诉书") ? "原判认定：" : "经依法审查查明：");
    f.append(p.pick("2023年7月至10月", "二〇二三年七月至十月", "2023年7月至2023年10月间"));
    f.append("，").append(role).append(p.again(accused, role, false));
    if (co != null) {
      f.append("伙同").append(co.name()).append("（作案时未满十八周岁，另案处理）");
    }
    f.append("通过").append(p.labelled(role)).append("添加被害人").append(p.named(victim, "被害人"));
    if (kind == 0) {
      f.append("（系未成年人，").append(p.details.birth(g, 2010, 3, 3, "被害人")).append("）");
    }
    if (kind == 0 && p.random.nextInt(3) == 0) {
      f.append("为好友，多次对其实施猥亵，并");
      g.keep("charge", "猥亵儿童罪");
      g.publishable = false; // a sexual crime against a child
    } else {
      f.append("为好友，");
    }
    f.append("骗取其人民币").append(g.keep("amount", (1000 + p.random.nextInt(90000)) + "元"));
    f.append("。被害人").append(p.again(victim, "被害人", kind == 1)).append("通过银行卡");
    f.append(g.mask("bank_account", p.details.card(), "被害人")).append("转账，");
    f.append(p.again(accused, role, false)).append("驾驶").append(p.plate(role)).append("离开。");
    g.line(f.toString());
    if (kind == 2) {
      g.line("被害人" + victim.name() + "经诊断患有" + p.details.health(g, "被害人") + "，无法出庭。");
    }
    if (kind == 1 || kind == 6) {
      // a condition with no cue word before it
      g.line(
          p.pick("被害人", "证人")
              + p.again(victim, "被害人", false)
              + "系"
              + p.details.health(g, "被害人")
              + "患者，其陈述由"
              + p.pick("其近亲属", "法定代理人")
              + "代为转述。");
    }
    if (kind == 5) {
      Person real = p.people.han();
      String nick = "阿" + "飞强亮斌".charAt(p.random.nextInt(4));
      g.line(
          "另有一名绰号“"
              + g.mask("name", nick, "另案处理")
              + "”的男子（真实姓名："
              + g.mask("name", real.name(), "另案处理")
              + "）负责望风，另案处理。");
    }
    if (kind == 3) {
      g.line(p.testimony(witness, accused, role));
    } else {
      g.line("证人" + p.named(witness, "证人") + "（" + p.labelled("证人") + "）证实上述事实。");
    }
    if (kind == 4) {
      g.append("　　经查，被害人名单如下：\n").append(p.numberedVictims("被害人", 3 + p.random.nextInt(4)));
    }
    if (kind == 5) {
      g.line("经审计，集资参与人情况如下：");
      g.append(p.victimTable("集资参与人", 3 + p.random.nextInt(5)));
    }
    if (kind == 6) {
      Person gambler = p.people.anyone();
      Person gambler2 = p.people.anyone();
      g.line("参赌人员" + p.named(gambler, "参赌人员") + "、" + p.named(gambler2, "参赌人员") + "等人在该处参与赌博。");
    }
    if (kind == 7 && accused.han()) {
      g.line("被告人" + accused.name() + "的父亲" + p.named(p.people.anyone(), "亲属") + "代为退赔。");
    }
  }

  private String court() {
    return g.keep("agency", p.details.city() + p.details.county() + "人民法院");
  }

  private String pick(String[] s) {
    return s[p.random.nextInt(s.length)];
  }
}
