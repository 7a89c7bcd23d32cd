package org.sunshine.bench.gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Names drawn the way documents meet them: Han names by surname frequency (common, rare, compound)
 * and given-name characters; given names that are ordinary words (高峰, 国庆); Tibetan and Mongolian
 * names without a surname; Uyghur names joined by ·; foreign nationals written in Chinese with
 * their Latin spelling. One person per first character, so pseudonyms are easy to check.
 */
final class People {

  /** Roughly by frequency: the first ones repeat. */
  private static final String SURNAMES =
      "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
          + "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
          + "钱严覃武戴莫孔汤";

  private static final String RARE = "缪蒯郗亓仉隗厍逄靳佘蔺乜訾禚晏鄢";
  private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐"};
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志海波宁欣怡子涵浩然宇轩思远嘉雨辰晨梓鑫博文" + "佳琪晓东春生秋实德胜福来永安淑珍凤琴建荣德彬俊峰翠莲振兴丹妮卫红小龙雪梅";

  /** Given names that are also words or places: the surname is the only sign of a person. */
  private static final String[] WORD_GIVEN = {
    "国庆", "建国", "海燕", "春花", "长江", "和平", "胜利", "向阳", "红旗", "高峰", "江山", "金山", "丰收", "光明", "建设", "黄河",
    "泰山", "北京", "新华", "长城"
  };

  private static final String[] TIBETAN = {
    "扎西", "次仁", "多吉", "卓玛", "格桑", "旺堆", "央金", "拉姆", "尼玛", "达瓦", "次旦", "普布", "边巴", "索朗", "顿珠", "白玛",
    "德吉", "平措", "洛桑", "强巴"
  };
  private static final String[] MONGOLIAN = {
    "巴特尔", "其其格", "乌力吉", "额尔敦", "斯琴", "呼和", "苏和", "那仁", "阿拉坦", "宝音", "图雅", "萨仁", "朝鲁", "满都拉", "孟和",
    "巴雅尔", "格日勒", "乌兰"
  };
  private static final String[] UYGHUR = {
    "买买提", "艾力", "阿不都热合曼", "吐尔逊", "古丽娜尔", "艾买提", "艾尔肯", "吾守尔", "热依拉", "麦麦提", "阿依古丽", "努尔"
  };

  /** Chinese form, Latin spelling. */
  private static final String[][] FOREIGN = {
    {"阮文雄", "NGUYEN VAN HUNG"},
    {"黎氏兰", "LE THI LAN"},
    {"范文德", "PHAM VAN DUC"},
    {"武氏香", "VU THI HUONG"},
    {"伊万·彼得罗夫", "Ivan PETROV"},
    {"约翰·史密斯", "John SMITH"},
    {"金敏俊", "KIM MIN JUN"},
    {"朴智媛", "PARK JI WON"},
    {"玛丽亚·洛佩斯", "Maria LOPEZ"},
    {"梭温", "SOE WIN"},
    {"颂猜", "SOMCHAI"}
  };

  /** How a person is named; {@code forms} are every surface form to mask besides the full name. */
  record Person(String name, String given, String latin, String kind) {
    boolean han() {
      return kind.equals("han") || kind.equals("word");
    }

    String surname() {
      return name.substring(0, name.length() - given.length());
    }
  }

  private final Random random;
  private final Set<Character> firsts = new HashSet<>();
  private final Set<String> used = new HashSet<>();

  People(Random random) {
    this.random = random;
  }

  /** An ordinary Han name (officials, most parties). */
  Person han() {
    for (int attempt = 0; ; attempt++) {
      int r = random.nextInt(100);
      String surname =
          r < 5
              ? pick(COMPOUND)
              : r < 12 ? "" + RARE.charAt(random.nextInt(RARE.length())) : "" + pick(SURNAMES);
      String given = "" + pick(GIVEN);
      if (random.nextInt(4) > 0) {
        given += pick(GIVEN);
      }
      if (r >= 12 && r < 20) {
        given = pick(WORD_GIVEN);
      }
      Person p = new Person(surname + given, given, "", r >= 12 && r < 20 ? "word" : "han");
      if (claim(p) || attempt > 30) {
        return p;
      }
    }
  }

  /** Anyone: mostly Han, sometimes a minority or foreign name. */
  Person anyone() {
    int r = random.nextInt(100);
    for (int attempt = 0; attempt < 30; attempt++) {
      Person p =
          r < 80
              ? han()
              : r < 86 ? tibetan() : r < 91 ? mongolian() : r < 95 ? uyghur() : foreign();
      if (p.han() || claim(p)) {
        return p;
      }
    }
    return han();
  }

  private Person tibetan() {
    String a = pick(TIBETAN);
    String b = pick(TIBETAN);
    return b.equals(a) ? new Person(a, a, "", "tibetan") : new Person(a + b, a + b, "", "tibetan");
  }

  private Person mongolian() {
    String a = pick(MONGOLIAN);
    return random.nextBoolean() ? new Person(a, a, "", "mongolian") : two(MONGOLIAN, "mongolian");
  }

  private Person two(String[] names, String kind) {
    String a = pick(names);
    String b = pick(names);
    return a.equals(b) ? new Person(a, a, "", kind) : new Person(a + b, a + b, "", kind);
  }

  private Person uyghur() {
    String a = pick(UYGHUR);
    String b = pick(UYGHUR);
    if (a.equals(b)) {
      b = "阿卜杜拉";
    }
    return new Person(a + "·" + b, a, "", "uyghur");
  }

  private Person foreign() {
    String[] f = FOREIGN[random.nextInt(FOREIGN.length)];
    String given = f[0].contains("·") ? f[0].substring(0, f[0].indexOf('·')) : f[0];
    return new Person(f[0], given, f[1], "foreign");
  }

  /** A first character not used yet (and a name not used yet). */
  private boolean claim(Person p) {
    char first = p.name().charAt(0);
    if (firsts.contains(first) || used.contains(p.given())) {
      return false;
    }
    firsts.add(first);
    used.add(p.given());
    used.add(p.name());
    return true;
  }

  /** Surface forms that must be masked besides the full name. */
  List<String> otherForms(Person p) {
    List<String> forms = new ArrayList<>();
    if (!p.latin().isEmpty()) {
      forms.add(p.latin());
    }
    return forms;
  }

  private char pick(String s) {
    return s.charAt(random.nextInt(s.length()));
  }

  private String pick(String[] s) {
    return s[random.nextInt(s.length)];
  }
}
