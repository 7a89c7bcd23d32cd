package org.sunshine.bench.gold;

import java.util.List;
import java.util.Random;

/**
 * Personal details in every written form documents use: ID numbers (GB 11643 check digit), phones,
 * bank cards (Luhn), QQ numbers, WeChat IDs, licence plates, birth dates (five forms), home
 * addresses as chains (town → village → group, or community → road → number → building → unit →
 * room) and health conditions with a grade or stage.
 */
final class Details {

  private static final String[] PROVINCES = {
    "河南省", "山东省", "四川省", "湖北省", "江西省", "陕西省", "甘肃省", "云南省"
  };
  private static final String[] CITIES = {"洛阳市", "临沂市", "绵阳市", "襄阳市", "赣州市", "宝鸡市", "天水市", "曲靖市"};
  private static final String[] COUNTIES = {"老城区", "兰山区", "涪城区", "樊城区", "章贡区", "渭滨区", "秦州区", "麒麟区"};
  private static final String[] TOWNS = {"金谷镇", "柳泉街道", "青龙乡", "白马镇", "新华街道", "双桥乡", "东关街道", "石门镇"};
  private static final String[] VILLAGES = {
    "李家村", "上河村", "红岩村", "杨庄村", "沙坝村", "后营村", "新庄社区", "文苑社区"
  };
  private static final String[] ROADS = {"丰收路", "建设巷", "胜利街", "和平路", "光明巷", "团结路", "学府大道", "滨河北路"};
  private static final String[] ESTATES = {"金桂园小区", "水岸华庭", "阳光花园", "供电局家属院", "锦绣苑", "翠湖小区"};
  private static final String[] PLATE_HEADS = {"豫C", "鲁Q", "川B", "鄂F", "赣B", "陕C", "甘E", "云D"};

  /** A condition and the stage, grade or type words that go with it ("" for none). */
  private static final String[][] HEALTH = {
    {"肺癌", "", "Ⅲ期", "晚期", "中期"},
    {"胃癌", "", "晚期", "Ⅱ期"},
    {"乳腺癌", "", "Ⅳ期", "早期"},
    {"肝硬化", "", "失代偿期"},
    {"尿毒症", ""},
    {"精神分裂症", ""},
    {"双相情感障碍", ""},
    {"抑郁障碍", "重度", "中度"},
    {"冠心病", ""},
    {"糖尿病", "", "2型", "1型"},
    {"高血压", "三级", "2级"},
    {"脑梗死", "", "后遗症"},
    {"帕金森病", ""},
    {"阿尔茨海默病", ""},
    {"系统性红斑狼疮", ""},
    {"慢性肾功能衰竭", "", "尿毒症期"},
    {"白血病", "", "急性"},
    {"癫痫", ""},
    {"肺结核", ""},
    {"类风湿关节炎", ""},
    {"强迫症", ""},
    {"艾滋病", ""},
    {"乙型病毒性肝炎", ""},
    {"脑瘫", ""},
    {"智力残疾", "二级", "三级"},
    {"精神发育迟滞", "轻度", "中度"}
  };

  private final Random random;
  final int province;

  Details(Random random) {
    this.random = random;
    this.province = random.nextInt(PROVINCES.length);
  }

  String county() {
    return COUNTIES[province];
  }

  String city() {
    return CITIES[province];
  }

  String prefix() {
    return PROVINCES[province] + CITIES[province] + COUNTIES[province];
  }

  String idNumber(int year, int month, int day) {
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

  String phone() {
    return "1" + (3 + random.nextInt(7)) + digits(9);
  }

  String card() {
    String body = "6222" + digits(14);
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int d = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }

  String qq() {
    return (1 + random.nextInt(9)) + digits(5 + random.nextInt(5));
  }

  /** WeChat IDs: a letter first, then letters, digits, _ or -; or wxid_…; or a phone number. */
  String wechat() {
    return switch (random.nextInt(4)) {
      case 0 -> "wxid_" + letters(6) + digits(2);
      case 1 -> letters(2 + random.nextInt(4)) + digits(3 + random.nextInt(4));
      case 2 -> letters(3) + "_" + digits(4);
      default -> letters(1).toUpperCase() + letters(4) + "-" + digits(2);
    };
  }

  /** A licence plate, written with or without the separator dot. */
  String plate() {
    String tail = random.nextBoolean() ? "D" + digits(4) : digits(5);
    if (random.nextInt(5) == 0) {
      tail = "D" + letters(1).toUpperCase() + digits(4); // new-energy plates have six characters
    }
    return PLATE_HEADS[province] + (random.nextInt(4) == 0 ? "·" : "") + tail;
  }

  /** A birth date as written; the masked text is what a reader would learn from it. */
  String birth(Gold g, int year, int month, int day, String role) {
    int form = random.nextInt(6);
    String written =
        switch (form) {
          case 0 -> year + "年" + month + "月" + day + "日";
          case 1 ->
              Numerals.chineseYear(year)
                  + "年"
                  + Numerals.small(month)
                  + "月"
                  + Numerals.small(day)
                  + "日";
          case 2 -> year + "." + month + "." + day;
          case 3 -> String.format("%d-%02d-%02d", year, month, day);
          case 4 -> year + "年" + month + "月";
          default -> String.format("%d年%02d月%02d日", year, month, day);
        };
    g.mask("birth_date", written, role);
    return written + (form == 4 ? "生" : "出生");
  }

  /** A home address below the county, with its named parts; the county-level prefix is kept. */
  String address(Gold g, String role) {
    String town = pick(TOWNS);
    String tail;
    List<String> parts;
    if (random.nextBoolean()) {
      String village = pick(VILLAGES);
      tail =
          town
              + village
              + Numerals.small(1 + random.nextInt(9))
              + "组"
              + (1 + random.nextInt(90))
              + "号";
      parts = List.of(town, village);
    } else {
      String road = pick(ROADS);
      String estate = pick(ESTATES);
      tail =
          town
              + road
              + (1 + random.nextInt(200))
              + "号"
              + estate
              + (1 + random.nextInt(20))
              + (random.nextBoolean() ? "号楼" : "栋")
              + (1 + random.nextInt(4))
              + "单元"
              + (101 + random.nextInt(1800))
              + "室";
      parts = List.of(town, road, estate);
    }
    g.mask("address", tail, role, parts);
    g.keep("place", prefix());
    return prefix() + tail;
  }

  /** A condition with, now and then, its stage, grade or type. */
  String health(Gold g, String role) {
    String[] h = HEALTH[random.nextInt(HEALTH.length)];
    String word = h[1 + random.nextInt(h.length - 1)];
    String condition =
        word.isEmpty()
            ? h[0]
            : word.equals("重度") || word.equals("中度") || word.equals("轻度") || word.equals("急性")
                ? word + h[0]
                : h[0] + word;
    return g.mask("health", condition, role);
  }

  String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  private String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private String pick(String[] s) {
    return s[random.nextInt(s.length)];
  }
}
