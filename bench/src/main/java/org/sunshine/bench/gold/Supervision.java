package org.sunshine.bench.gold;

import org.sunshine.bench.gold.People.Person;

/**
 * The civil, administrative and public-interest types: 民事抗诉书, 行政抗诉书, 不支持监督申请决定书, 检察建议书, 再审检察建议书,
 * 公益诉讼起诉书 — their role words (申请人, 被申请人, 原审原告/被告, 第三人, 案外人, 被执行人, a non-lawyer 委托诉讼代理人, 监护人),
 * plates and health in civil disputes, the court's panel kept.
 */
final class Supervision {

  private final Parts p;
  private final Gold g;

  Supervision(Parts parts) {
    this.p = parts;
    this.g = parts.g;
  }

  void write(String title, String unit, String number) {
    g.type = title;
    g.append(unit).append("\n").append(title).append("\n").append(number).append("\n");
    String court = g.keep("agency", p.details.city() + p.details.county() + "人民法院");
    switch (title) {
      case "行政抗诉书" -> administrative(court);
      case "检察建议书" -> recommendation(court);
      case "公益诉讼起诉书" -> publicInterest(unit);
      default -> civil(title, court);
    }
  }

  private void civil(String title, String court) {
    boolean retrial = title.equals("再审检察建议书");
    Person applicant = p.people.anyone();
    Person respondent = p.people.anyone();
    String a = retrial ? "申请人（原审原告）：" : "申请人（一审原告、二审上诉人）：";
    String b = retrial ? "被申请人（原审被告）：" : "被申请人（一审被告、二审被上诉人）：";
    g.line(p.participant(a, applicant, "申请人", 1950 + p.random.nextInt(40), false));
    g.line(
        p.participant(b, respondent, "被申请人", 1950 + p.random.nextInt(40), p.random.nextBoolean()));
    Person third = p.people.anyone();
    g.line(p.pick("原审第三人：", "第三人：", "一审第三人") + p.named(third, "第三人") + "，女。");
    Person agent = p.people.anyone();
    g.line("委托诉讼代理人：" + p.named(agent, "委托诉讼代理人") + "，系申请人之" + p.pick("子", "女", "妻") + "。");
    if (p.random.nextBoolean()) {
      g.line(p.lawyerLine("委托诉讼代理人："));
    }
    Person guardian = p.people.anyone();
    if (p.random.nextInt(3) == 0) {
      g.line("法定代理人（监护人）：" + p.named(guardian, "监护人") + "，系被申请人之妻。");
    }
    g.line(
        applicant.name()
            + "与"
            + p.again(respondent, "被申请人", false)
            + "民间借贷纠纷一案，"
            + court
            + "由"
            + p.panel()
            + "组成合议庭审理。");
    StringBuilder f = new StringBuilder("申请人" + applicant.name() + "称，");
    f.append(respondent.name()).append("以其所有的").append(p.plate("被申请人")).append("作抵押，");
    f.append("向其借款人民币").append(g.keep("amount", (10000 + p.random.nextInt(900000)) + "元"));
    f.append("，并通过").append(p.labelled("被申请人")).append("催讨未果。");
    g.line(f.toString());
    if (p.random.nextBoolean()) {
      g.line("被申请人" + respondent.name() + "称其患有" + p.details.health(g, "被申请人") + "，无力偿还。");
    }
    Person outsider = p.people.anyone();
    g.line("案外人" + p.named(outsider, "案外人") + "提出执行异议，被执行人" + respondent.name() + "名下房产已被查封。");
    if (title.equals("不支持监督申请决定书")) {
      g.line(
          "本院认为，"
              + applicant.name()
              + "的监督申请不符合监督条件，本院决定不支持"
              + p.again(applicant, "申请人", false)
              + "的监督申请。");
    } else {
      g.line(
          "依照"
              + g.keep("statute", "《中华人民共和国民事诉讼法》第二百一十九条")
              + "的规定，提出"
              + (retrial ? "再审检察建议" : "抗诉")
              + "。");
    }
    g.line(
        "书记员"
            + g.keep("judge", p.people.han().name())
            + "、法官助理"
            + g.keep("judge", p.people.han().name())
            + "参与本案。");
  }

  private void administrative(String court) {
    Person plaintiff = p.people.anyone();
    g.line(
        p.participant("原告：", plaintiff, "原告", 1950 + p.random.nextInt(40), p.random.nextBoolean()));
    String body = g.keep("agency", p.details.county() + "自然资源局");
    g.line("被告：" + body + "。");
    Person third = p.people.anyone();
    g.line("第三人：" + p.named(third, "第三人") + "，男，" + p.details.birth(g, 1970, 4, 9, "第三人") + "。");
    g.line(
        "原告"
            + plaintiff.name()
            + "不服被告作出的行政处罚决定，向"
            + court
            + "提起诉讼，审判员"
            + g.keep("judge", p.people.han().name())
            + "独任审理。第三人"
            + third.name()
            + "述称其对涉案土地享有使用权，其"
            + p.labelled("第三人")
            + "。");
  }

  private void recommendation(String court) {
    String body = g.keep("agency", p.details.county() + "市场监督管理局");
    g.append(body).append("：\n");
    Person owner = p.people.anyone();
    Person gambler = p.people.anyone();
    g.line(
        "本院在办理"
            + p.named(owner, "被告人")
            + "开设赌场一案中发现，"
            + owner.name()
            + "在其位于"
            + p.details.address(g, "被告人")
            + "的棋牌室内组织参赌人员"
            + p.named(gambler, "参赌人员")
            + "等人赌博，"
            + "参赌人员通过"
            + p.labelled("参赌人员")
            + "结算赌资。");
    g.append("　　涉案人员：\n").append(p.numberedVictims("参赌人员", 2 + p.random.nextInt(3)));
    g.line("依照" + g.keep("statute", "《人民检察院检察建议工作规定》第十一条") + "的规定，提出如下检察建议。" + court + "已另行处理。");
  }

  private void publicInterest(String unit) {
    g.line("公益诉讼起诉人：" + unit + "。");
    Person defendant = p.people.anyone();
    g.line(
        p.participant("被告：", defendant, "被告", 1955 + p.random.nextInt(40), p.random.nextBoolean()));
    Person expert = p.people.anyone();
    g.line(
        "被告"
            + defendant.name()
            + "在禁渔期内驾驶"
            + p.plate("被告")
            + "至河道使用电鱼方式捕捞，造成渔业资源损失"
            + g.keep("amount", (5000 + p.random.nextInt(90000)) + "元")
            + "。鉴定人"
            + p.named(expert, "鉴定人")
            + "出具鉴定意见。被告通过"
            + p.labelled("被告")
            + "销售渔获。");
  }
}
