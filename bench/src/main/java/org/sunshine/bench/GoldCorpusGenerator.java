package org.sunshine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes annotated documents in the gold format of the shared development corpus (doc-NNN.txt and
 * doc-NNN.json), so that score.py measures the engine on text nobody wrote by hand for it: six
 * document families (起诉书, 不起诉决定书, 刑事抗诉书, 民事抗诉书, 行政抗诉书, 公益诉讼起诉书), names drawn from surname
 * frequencies and given-name characters (compound surnames, aliases, Latin spellings), every
 * identifier format, birth dates in four written forms, some unpublishable (a minor offender) and
 * some publishable traps (a minor victim of a theft, a minor co-offender handled elsewhere). Two
 * layouts: {@code clean} and {@code pdf} (hard wraps every 18–30 characters, page footers and lone
 * page numbers, stray spaces, full-width digits).
 *
 * <p>Standalone, no dependency: {@code java GoldCorpusGenerator.java OUT_DIR COUNT SEED LAYOUT}.
 */
public final class GoldCorpusGenerator {

  private static final String SURNAMES =
      "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String RARE_SURNAMES = "缪蒯郗亓仉隗厍逄靳佘蔺乜訾";
  private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "慕容"};
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海波宁欣怡子涵浩然宇轩思远嘉雨辰晨阳梓鑫博文佳琪晓东春生秋实德胜福来永安";
  private static final String[] PROVINCES = {"河南省", "山东省", "四川省", "湖北省", "江西省", "陕西省"};
  private static final String[] CITIES = {"洛阳市", "临沂市", "绵阳市", "襄阳市", "赣州市", "宝鸡市"};
  private static final String[] COUNTIES = {"老城区", "兰山区", "涪城区", "樊城区", "章贡区", "渭滨区"};
  private static final String[] TOWNS = {"金谷镇", "柳泉街道", "青龙乡", "白马镇", "新华街道", "双桥乡"};
  private static final String[] ROADS = {"丰收路", "建设巷", "胜利街", "和平路", "光明巷", "团结路"};
  private static final String[] CHARGES = {"盗窃罪", "诈骗罪", "故意伤害罪", "抢夺罪", "非法吸收公众存款罪"};
  private static final String[] FIRMS = {"某某明德律师事务所", "某某正信律师事务所", "某某天平律师事务所"};

  private final Random random;
  private final String layout;
  private final StringBuilder text = new StringBuilder();
  private final List<Map<String, String>> mask = new ArrayList<>();
  private final Map<String, String> keep = new LinkedHashMap<>();
  private final List<String> usedSurnames = new ArrayList<>();

  private GoldCorpusGenerator(long seed, String layout) {
    this.random = new Random(seed);
    this.layout = layout;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    String layout = args.length > 3 ? args[3] : "clean";
    Files.createDirectories(out);
    for (int i = 0; i < count; i++) {
      GoldCorpusGenerator g = new GoldCorpusGenerator(seed * 100_003 + i, layout);
      String id = String.format("doc-%04d", i + 1);
      boolean publishable = g.document(i);
      String body = g.laidOut();
      Files.writeString(out.resolve(id + ".txt"), body, StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve(id + ".json"), g.json(id, publishable, body), StandardCharsets.UTF_8);
    }
  }

  // ---- people and identifiers ----

  private record Person(String name, String given) {}

  private Person person() {
    for (int attempt = 0; ; attempt++) {
      String surname;
      int r = random.nextInt(100);
      if (r < 6) {
        surname = pick(COMPOUND);
      } else if (r < 14) {
        surname = "" + RARE_SURNAMES.charAt(random.nextInt(RARE_SURNAMES.length()));
      } else {
        surname = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()));
      }
      if (usedSurnames.contains(surname) && attempt < 20) {
        continue; // one person per first character keeps the pseudonyms simple to check
      }
      usedSurnames.add(surname);
      String given = "" + GIVEN.charAt(random.nextInt(GIVEN.length()));
      if (random.nextInt(4) > 0) {
        given += GIVEN.charAt(random.nextInt(GIVEN.length()));
      }
      return new Person(surname + given, given);
    }
  }

  private String name(Person p, String role) {
    mask("name", p.name(), role);
    return p.name();
  }

  private void mask(String category, String value, String role) {
    Map<String, String> item = new LinkedHashMap<>();
    item.put("text", value);
    item.put("category", category);
    item.put("role", role);
    mask.add(item);
  }

  private String keep(String category, String value) {
    keep.put(value, category);
    return value;
  }

  private String idNumber(int year, int month, int day) {
    String body =
        String.format(
            "%d%02d%02d%d%02d%02d%03d",
            41 + random.nextInt(10),
            1 + random.nextInt(17),
            1 + random.nextInt(30),
            year,
            month,
            day,
            random.nextInt(1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private String phone() {
    return "1" + (3 + random.nextInt(7)) + digits(9);
  }

  private String card() {
    String body = "6222" + digits(14);
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int d = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /** A birth date in one of the forms documents use; the masked text is the date as written. */
  private String birth(int year, int month, int day, String role) {
    String written =
        switch (random.nextInt(4)) {
          case 0 -> year + "年" + month + "月" + day + "日";
          case 1 -> chinese(year) + "年" + small(month) + "月" + small(day) + "日";
          case 2 -> year + "." + month + "." + day;
          default -> String.format("%d-%02d-%02d", year, month, day);
        };
    mask("birth_date", written, role);
    return written;
  }

  private static String chinese(int year) {
    StringBuilder s = new StringBuilder();
    for (char c : Integer.toString(year).toCharArray()) {
      s.append("〇一二三四五六七八九".charAt(c - '0'));
    }
    return s.toString();
  }

  private static String small(int n) {
    String d = "〇一二三四五六七八九";
    if (n < 10) {
      return "" + d.charAt(n);
    }
    return (n / 10 == 1 ? "" : "" + d.charAt(n / 10))
        + "十"
        + (n % 10 == 0 ? "" : "" + d.charAt(n % 10));
  }

  private String address(String role) {
    int k = random.nextInt(PROVINCES.length);
    String prefix = PROVINCES[k] + CITIES[k] + COUNTIES[k];
    String town = pick(TOWNS);
    String road = pick(ROADS);
    String tail =
        town
            + road
            + (1 + random.nextInt(200))
            + "号"
            + (1 + random.nextInt(9))
            + "栋"
            + (101 + random.nextInt(800))
            + "室";
    Map<String, String> item = new LinkedHashMap<>();
    item.put("text", tail);
    item.put("category", "address");
    item.put("role", role);
    mask.add(item);
    keep("place", prefix);
    return prefix + tail;
  }

  private String participant(String role, Person p, int year, boolean withAlias) {
    StringBuilder s = new StringBuilder("　　" + role + name(p, role));
    if (withAlias) {
      switch (random.nextInt(3)) {
        case 0 -> {
          Person former =
              new Person(
                  p.name().substring(0, p.name().length() - p.given().length())
                      + "振"
                      + p.given().charAt(0),
                  "");
          s.append("（曾用名").append(former.name()).append("）");
          mask("name", former.name(), role);
        }
        case 1 -> {
          String nick = "阿" + "豹虎龙狼鹰".charAt(random.nextInt(5));
          s.append("，绰号“").append(nick).append("”");
          mask("name", nick, role);
        }
        default -> {
          String handle = "夜" + "行风雨雪月".charAt(random.nextInt(5)) + "客" + random.nextInt(100);
          s.append("，网名“").append(handle).append("”");
          mask("name", handle, role);
        }
      }
    }
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    s.append("，").append(random.nextBoolean() ? "男" : "女").append("，");
    s.append(birth(year, month, day, role)).append("出生，");
    String id = idNumber(year, month, day);
    mask("id_number", id, role);
    s.append("公民身份号码").append(id).append("，汉族，住").append(address(role));
    if (random.nextBoolean()) {
      String phone = phone();
      mask("phone", phone, role);
      s.append("，联系电话").append(phone);
    }
    return s.append("。\n").toString();
  }

  // ---- documents ----

  private boolean document(int index) {
    int family = index % 6;
    String unit = keep("agency", pick(CITIES) + pick(COUNTIES) + "人民检察院");
    String procurator = keep("procurator", person().name());
    usedSurnames.remove(usedSurnames.size() - 1);
    int docYear = 2025;
    String number =
        keep(
            "case_number",
            "某检"
                + "刑民行公".charAt(family % 4)
                + "〔"
                + docYear
                + "〕"
                + (1 + random.nextInt(300))
                + "号");
    String date =
        keep(
            "date",
            docYear + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日");
    boolean publishable = true;
    switch (family) {
      case 0, 1, 2 -> publishable = criminal(family, unit, number);
      case 3 -> civil(unit, number);
      case 4 -> administrative(unit, number);
      default -> publicInterest(unit, number);
    }
    text.append("检察官　").append(procurator).append("\n").append(date).append("\n");
    return publishable;
  }

  private boolean criminal(int family, String unit, String number) {
    String[] titles = {"起诉书", "不起诉决定书", "刑事抗诉书"};
    String[] roles = {"被告人", "被不起诉人", "原审被告人"};
    String role = roles[family];
    text.append(unit).append("\n").append(titles[family]).append("\n").append(number).append("\n");
    Person accused = person();
    int kind = random.nextInt(10);
    boolean minorOffender = kind == 0;
    int birthYear = minorOffender ? 2007 : 1960 + random.nextInt(40);
    text.append(participant(role, accused, birthYear, random.nextInt(3) == 0));
    Person coOffender = kind == 1 ? person() : null;
    if (coOffender != null) {
      text.append("　　犯罪嫌疑人").append(name(coOffender, "另案处理")).append("（另案处理），男，2008年5月5日出生。\n");
      mask("birth_date", "2008年5月5日", "另案处理");
    }
    String lawyer = keep("lawyer", person().name());
    String firm = keep("law_firm", pick(FIRMS));
    text.append("　　辩护人").append(lawyer).append("，").append(firm).append("律师。\n");
    Person victim = person();
    Person witness = person();
    String charge = keep("charge", pick(CHARGES));
    String amount = keep("amount", (1000 + random.nextInt(90000)) + "元");
    String facts = family == 2 ? "　　原判认定：" : "　　经依法审查查明：";
    text.append(facts)
        .append("2023年")
        .append(7 + random.nextInt(3))
        .append("月至10月，")
        .append(role)
        .append(accused.name());
    if (coOffender != null) {
      text.append("伙同").append(coOffender.name()).append("（作案时未满十八周岁，另案处理）");
    }
    text.append("多次骗取被害人").append(name(victim, "被害人"));
    if (kind == 2) {
      text.append("（系未成年人，").append(birth(2010, 3, 3, "被害人")).append("出生）");
    }
    text.append("财物共计人民币").append(amount).append("。被害人").append(victim.name()).append("通过微信号“");
    String wechat = "wx_" + victim.given().hashCode() % 1000 + "k" + digits(3);
    mask("wechat", wechat, "被害人");
    text.append(wechat).append("”与").append(accused.name()).append("联系，并向其银行卡");
    String card = card();
    mask("bank_account", card, role);
    text.append(card).append("转账。").append(accused.name()).append("使用QQ号");
    String qq = (1 + random.nextInt(9)) + digits(8);
    mask("qq", qq, role);
    text.append(qq).append("发布信息，驾驶车牌号为豫C");
    String plate = "D" + digits(4);
    mask("plate", "豫C" + plate, role);
    text.append(plate).append("的轿车离开。证人").append(name(witness, "证人")).append("证实上述事实。\n");
    text.append("　　本院认为，")
        .append(role)
        .append(accused.name())
        .append("的行为触犯了")
        .append(keep("statute", "《中华人民共和国刑法》第二百六十六条"))
        .append("，应当以")
        .append(charge)
        .append("追究其刑事责任。\n");
    return !minorOffender;
  }

  private void civil(String unit, String number) {
    text.append(unit).append("\n民事抗诉书\n").append(number).append("\n");
    Person applicant = person();
    Person respondent = person();
    Person third = person();
    Person agent = person();
    text.append(participant("申请人（一审原告、二审上诉人）：", applicant, 1960 + random.nextInt(30), false));
    text.append(
        participant(
            "被申请人（一审被告、二审被上诉人）：", respondent, 1960 + random.nextInt(30), random.nextBoolean()));
    text.append("　　原审第三人：").append(name(third, "第三人")).append("，女。\n");
    text.append("　　委托诉讼代理人：").append(name(agent, "委托诉讼代理人")).append("，系申请人之子。\n");
    String judge = keep("judge", person().name());
    String amount = keep("amount", (10000 + random.nextInt(900000)) + "元");
    text.append("　　某某区人民法院一审由审判员")
        .append(judge)
        .append("独任审理。")
        .append(applicant.name())
        .append("与")
        .append(respondent.name())
        .append("民间借贷纠纷一案，")
        .append(respondent.name())
        .append("向")
        .append(applicant.name())
        .append("借款人民币")
        .append(amount)
        .append("，第三人")
        .append(third.name())
        .append("提供担保。\n");
  }

  private void administrative(String unit, String number) {
    text.append(unit).append("\n行政抗诉书\n").append(number).append("\n");
    Person plaintiff = person();
    text.append(participant("原告：", plaintiff, 1950 + random.nextInt(40), random.nextBoolean()));
    String body = keep("agency", pick(COUNTIES) + "自然资源局");
    text.append("　　被告：").append(body).append("。\n");
    Person third = person();
    text.append("　　第三人：").append(name(third, "第三人")).append("，男。\n");
    text.append("　　原告")
        .append(plaintiff.name())
        .append("不服被告作出的行政处罚决定，第三人")
        .append(third.name())
        .append("述称其对涉案土地享有使用权。\n");
  }

  private void publicInterest(String unit, String number) {
    text.append(unit).append("\n公益诉讼起诉书\n").append(number).append("\n");
    text.append("　　公益诉讼起诉人：").append(unit).append("。\n");
    Person defendant = person();
    text.append(participant("被告：", defendant, 1955 + random.nextInt(40), random.nextBoolean()));
    String amount = keep("amount", (5000 + random.nextInt(90000)) + "元");
    text.append("　　被告")
        .append(defendant.name())
        .append("在禁渔期内使用电鱼方式捕捞，造成渔业资源损失")
        .append(amount)
        .append("。\n");
  }

  // ---- layout ----

  private String laidOut() {
    String clean = text.toString();
    if (!layout.equals("pdf")) {
      return clean;
    }
    int width = 18 + random.nextInt(13);
    StringBuilder out = new StringBuilder();
    int lines = 0;
    int page = 1;
    for (String paragraph : clean.split("\n")) {
      for (int i = 0; i < paragraph.length(); i += width) {
        String line = paragraph.substring(i, Math.min(paragraph.length(), i + width));
        out.append(strayed(line)).append('\n');
        if (++lines % 14 == 0) {
          out.append(random.nextBoolean() ? "\n第 " + page + " 页 共 9 页\n\n" : "- " + page + " -\n");
          page++;
        }
      }
    }
    return out.toString();
  }

  /** Full-width digits now and then, a stray space between two Chinese characters now and then. */
  private String strayed(String line) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9' && random.nextInt(12) == 0) {
        s.append((char) (c - '0' + '０'));
      } else {
        s.append(c);
      }
      if (i + 1 < line.length()
          && isHan(c)
          && isHan(line.charAt(i + 1))
          && random.nextInt(60) == 0) {
        s.append(' ');
      }
    }
    return s.toString();
  }

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  // ---- gold json ----

  private String json(String id, boolean publishable, String body) {
    String squeezed = body.replaceAll("\\s+", "");
    StringBuilder j = new StringBuilder("{\"id\": \"" + id + "\", \"type\": \"generated\", ");
    j.append("\"publishable\": ")
        .append(publishable)
        .append(", \"reason\": \"\", \"layout\": \"")
        .append(layout)
        .append("\",\n \"mask\": [");
    for (int i = 0; i < mask.size(); i++) {
      Map<String, String> m = mask.get(i);
      j.append(i == 0 ? "\n  " : ",\n  ")
          .append("{\"text\": ")
          .append(quote(m.get("text")))
          .append(", \"category\": ")
          .append(quote(m.get("category")))
          .append(", \"role\": ")
          .append(quote(m.get("role")))
          .append("}");
    }
    j.append("],\n \"keep\": [");
    int i = 0;
    for (Map.Entry<String, String> k : keep.entrySet()) {
      int count = count(squeezed, k.getKey().replaceAll("\\s+", ""));
      if (count == 0) {
        continue; // an item the layout split with a footer: not checkable as one string
      }
      j.append(i++ == 0 ? "\n  " : ",\n  ")
          .append("{\"text\": ")
          .append(quote(k.getKey()))
          .append(", \"category\": ")
          .append(quote(k.getValue()))
          .append(", \"count\": ")
          .append(count)
          .append("}");
    }
    return j.append("],\n \"soft_mask\": [], \"same_surname_groups\": []}\n").toString();
  }

  private static int count(String text, String s) {
    int n = 0;
    for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
      n++;
    }
    return n;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
