package org.sunshine.bench.gold;

import java.util.List;
import java.util.Random;
import org.sunshine.bench.gold.People.Person;

/**
 * Passages every document type shares: participant paragraphs, aliases, identifiers behind their
 * labels, quoted testimony, numbered lists and tables of victims, and the officials who sign.
 */
final class Parts {

  private static final String[] FIRMS = {"河南明德律师事务所", "山东正信律师事务所", "四川天平律师事务所", "湖北楚天律师事务所"};

  final Gold g;
  final People people;
  final Details details;
  final Random random;

  Parts(Gold g, People people, Details details, Random random) {
    this.g = g;
    this.people = people;
    this.details = details;
    this.random = random;
  }

  /** The name as it first appears: masked, with its Latin spelling for a foreign national. */
  String named(Person p, String role) {
    g.mask("name", p.name(), role);
    if (!p.latin().isEmpty()) {
      g.mask("name", p.latin(), role);
      return p.name() + "（" + p.latin() + "）";
    }
    if (p.kind().equals("uyghur")) {
      g.mask("name", p.given(), role);
    }
    return p.name();
  }

  /**
   * A later mention: the full name, or (for a Han two-character given name) the given name alone.
   */
  String again(Person p, String role, boolean givenAlone) {
    if (givenAlone && p.han() && p.given().length() == 2) {
      return g.mask("name", p.given(), role);
    }
    return p.name();
  }

  /** Another name of the person, introduced the way documents introduce it. */
  String alias(Person p, String role) {
    switch (random.nextInt(6)) {
      case 0 -> {
        String former = p.han() ? p.surname() + "振" + p.given().charAt(0) : "周振华";
        return "（曾用名" + g.mask("name", former, role) + "）";
      }
      case 1 -> {
        String nick = p.han() ? p.given().charAt(p.given().length() - 1) + "哥" : "阿豹";
        return "，绰号“" + g.mask("name", nick, role) + "”";
      }
      case 2 -> {
        String handle = "夜" + "行风雨雪月".charAt(random.nextInt(5)) + "客" + random.nextInt(100);
        return "，网名“" + g.mask("name", handle, role) + "”";
      }
      case 3 -> {
        String fake = "田" + "明亮春雨".charAt(random.nextInt(4)) + "生";
        return "（化名" + g.mask("name", fake, role) + "）";
      }
      case 4 -> {
        String nick = "小" + "雨雪龙虎".charAt(random.nextInt(4));
        return "，昵称“" + g.mask("name", nick, role) + "”";
      }
      default -> {
        return "，又名" + g.mask("name", p.han() ? p.surname() + "二娃" : "老四", role);
      }
    }
  }

  /** 被告人X，男，…，住…。 — the paragraph that introduces a party. */
  String participant(String label, Person p, String role, int year, boolean alias) {
    return participant(label, p, role, year, 0, alias);
  }

  /** As above, born in the given month (0: any). */
  String participant(String label, Person p, String role, int year, int bornIn, boolean alias) {
    StringBuilder s = new StringBuilder(label).append(named(p, role));
    if (alias) {
      s.append(alias(p, role));
    }
    int month = bornIn > 0 ? bornIn : 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    s.append("，").append(random.nextBoolean() ? "男" : "女").append("，");
    s.append(details.birth(g, year, month, day, role)).append("，");
    s.append(
        switch (p.kind()) {
          case "tibetan" -> "藏族，";
          case "mongolian" -> "蒙古族，";
          case "uyghur" -> "维吾尔族，";
          case "foreign" -> "外国籍，";
          default -> "汉族，";
        });
    if (!p.kind().equals("foreign")) {
      String id = details.idNumber(year, month, day);
      g.mask("id_number", id, role);
      s.append(random.nextBoolean() ? "公民身份号码" : "身份证号：").append(id).append("，");
    }
    s.append(pick("住", "户籍所在地", "住所地", "现住")).append(details.address(g, role));
    if (random.nextBoolean()) {
      s.append(pick("，联系电话", "，手机号码", "，电话：")).append(g.mask("phone", details.phone(), role));
    }
    return s.append("。").toString();
  }

  /** An identifier behind its label, in one of the ways documents label it. */
  String labelled(String role) {
    return switch (random.nextInt(7)) {
      case 0 -> "微信号“" + g.mask("wechat", details.wechat(), role) + "”";
      case 1 -> "微信号为" + g.mask("wechat", details.wechat(), role);
      case 2 -> "微信账号：" + g.mask("wechat", details.wechat(), role);
      case 3 -> "QQ号" + g.mask("qq", details.qq(), role);
      case 4 -> "QQ号码为" + g.mask("qq", details.qq(), role);
      case 5 -> "QQ（" + g.mask("qq", details.qq(), role) + "）";
      default -> "微信昵称“" + g.mask("name", "清风" + "明月晚竹".charAt(random.nextInt(4)), role) + "”";
    };
  }

  /** 驾驶车牌号为豫C·D1234的轿车, or the plate after another label. */
  String plate(String role) {
    String plate = g.mask("plate", details.plate(), role);
    return switch (random.nextInt(3)) {
      case 0 -> "车牌号为" + plate + "的小型轿车";
      case 1 -> "号牌为" + plate + "的货车";
      default -> plate + "号小型轿车";
    };
  }

  /** A witness's statement quoted, naming people nobody introduced elsewhere. */
  String testimony(Person witness, Person accused, String accusedRole) {
    Person friend = people.han();
    Person other = people.han();
    return "证人"
        + named(witness, "证人")
        + "证言："
        + "“那天晚上我和"
        + g.mask("name", friend.name(), "证人")
        + "在烧烤店吃饭，看见"
        + again(accused, accusedRole, false)
        + "跟"
        + g.mask("name", other.name(), "证人")
        + "吵起来了，"
        + (friend.given().length() == 2 ? again(friend, "证人", true) + "拉我走，" : "")
        + "后来我就回家了。”";
  }

  /** A numbered list of victims: 1. X，被骗人民币5000元； */
  String numberedVictims(String role, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      Person v = people.anyone();
      s.append(i).append(random.nextBoolean() ? ". " : "．").append(named(v, role));
      s.append("，").append(random.nextBoolean() ? "被骗" : "投入").append("人民币");
      s.append(g.keep("amount", (1000 + random.nextInt(90000)) + "元"))
          .append(i < n ? "；\n" : "。\n");
    }
    return s.toString();
  }

  /** A table of victims with the amounts, one row a line. */
  String victimTable(String role, int n) {
    StringBuilder s = new StringBuilder("序号　姓名　金额（元）　联系电话\n");
    for (int i = 1; i <= n; i++) {
      Person v = people.anyone();
      s.append(i).append("　").append(named(v, role)).append("　");
      s.append(1000 + random.nextInt(90000)).append("　");
      s.append(g.mask("phone", details.phone(), role)).append("\n");
    }
    return s.toString();
  }

  String lawyerLine(String label) {
    String lawyer = g.keep("lawyer", people.han().name());
    String firm = g.keep("law_firm", FIRMS[random.nextInt(FIRMS.length)]);
    return label + lawyer + "，" + firm + "律师。";
  }

  /** 审判长X、审判员Y、人民陪审员Z — the court's panel, kept. */
  String panel() {
    return "审判长"
        + g.keep("judge", people.han().name())
        + "、审判员"
        + g.keep("judge", people.han().name())
        + "、人民陪审员"
        + g.keep("judge", people.han().name());
  }

  /** The signature block: procurator (and assistant), date. */
  void signature(String date) {
    g.append("检察官　").append(g.keep("procurator", people.han().name())).append("\n");
    if (random.nextBoolean()) {
      g.append("检察官助理　").append(g.keep("procurator", people.han().name())).append("\n");
    }
    g.append(g.keep("date", date)).append("\n");
  }

  String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  List<String> list(String... s) {
    return List.of(s);
  }
}
