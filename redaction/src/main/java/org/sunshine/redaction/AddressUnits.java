package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit words of an address below county level (街道, 村, 路, 号, 单元…): where a tail's named parts
 * start and end, what stays of it in the mask, and which of its names say where a person lives.
 */
final class AddressUnits {

  /**
   * 嘎查 and 苏木 are the village and township of Inner Mongolia; 社 the team of a village in the west;
   * a village committee (椰林村委会) names the village. Longer words first: the first that matches wins.
   */
  private static final String[] UNIT_WORDS = {
    "村民委员会", "居民委员会", "村民小组", "村委会", "居委会", "番地", "丁目", "街道", "社区", "小区", "大道", "大街", "单元", "大厦",
    "广场", "花园", "家园", "公寓", "号楼", "嘎查", "苏木", "镇", "乡", "村", "路", "街", "巷", "弄", "里", "组", "号", "栋",
    "幢", "楼", "层", "室", "座", "区", "屯", "庄", "队", "房", "社"
  };

  private static final Set<String> COMPONENT_UNITS =
      Set.of(
          "街道", "社区", "小区", "大道", "大街", "嘎查", "苏木", "镇", "乡", "村", "路", "街", "巷", "弄", "里", "屯",
          "庄", "大厦", "花园", "家园", "公寓", "村委会", "居委会", "村民委员会", "居民委员会", "村民小组");

  /**
   * Words that end a name even before another unit word: 村委会弄贤村民小组 is 村委会 then the team 弄贤, where 里
   * of 果戈里大街 is inside a name.
   */
  private static final Set<String> ALWAYS_CLOSING =
      Set.of("村民委员会", "居民委员会", "村民小组", "村委会", "居委会", "街道", "社区");

  /**
   * A village's name of two characters is a place too (嫁到闻溪后); a road's or a town's is too common.
   */
  private static final Set<String> VILLAGES = Set.of("村", "村委会", "村民委员会", "嘎查");

  /** A village's teams, and the hamlets (屯) of a northeastern village. */
  private static final Set<String> TEAMS = Set.of("组", "社", "队", "村民小组", "屯");

  /** The units of a town's level: a place below them is often said after the town alone (某乡某组). */
  private static final Set<String> TOWN_UNITS = Set.of("街道", "镇", "乡", "苏木");

  private static final String MARKERS = "街道镇乡村路道街巷号组社区小区坊里弄栋幢楼室单元大厦花园公寓屯寨庄队";

  private AddressUnits() {}

  /**
   * A tail says where somebody lives only when it holds a unit of an address (苏木 and 嘎查 too) and is
   * more than a unit word alone (居住在嘎查的房屋内 names no village).
   */
  static boolean hasUnit(String tail) {
    String unit = unitAt(tail, 0);
    if (unit != null && unit.length() == tail.length()) {
      return false;
    }
    for (int i = 0; i < tail.length(); i++) {
      if (MARKERS.indexOf(tail.charAt(i)) >= 0) {
        return true;
      }
    }
    // 佑洞1408番地, 三丁目: a Korean or Japanese address
    return tail.contains("苏木") || tail.contains("嘎查") || tail.contains("番地") || tail.contains("丁目");
  }

  /**
   * The named parts of a tail (望京街道, 花家地北里, 东孔庄村): where they appear elsewhere in the text they
   * still tell where the person lives, so they are masked there too.
   */
  static List<String> components(String tail) {
    List<String> parts = new ArrayList<>();
    List<int[]> units = units(tail);
    for (int k = 0; k < units.size(); k++) {
      int[] unit = units.get(k);
      String word = tail.substring(unit[1], unit[2]);
      if (k + 1 < units.size() && word.equals("村") && unit[1] - unit[0] >= 2) {
        // 大柏树村三组, 大鹿岛村北屯: the village's team or hamlet said with it again is the home's
        int[] team = units.get(k + 1);
        if (team[0] == unit[2] && TEAMS.contains(tail.substring(team[1], team[2]))) {
          parts.add(tail.substring(unit[0], team[2]));
        }
      }
      if (unit[1] - unit[0] >= 2 && COMPONENT_UNITS.contains(word)) {
        parts.add(tail.substring(unit[0], unit[2]));
        if (word.startsWith("村") && word.length() > 1) {
          // 莲塘村委会 names 莲塘村, 诸葛村村委会 names 诸葛村
          String name = tail.substring(unit[0], unit[1]);
          parts.add(name.endsWith("村") ? name : name + "村");
        }
      }
    }
    return parts;
  }

  /**
   * The names of a tail's parts said without their unit word (西三庄 of 西三庄社区, 在西三庄住了十年): three
   * characters or more (two for a village), no word of the dictionary and no direction that ends a
   * road's name (中山北).
   */
  static List<String> bareNames(String tail) {
    List<String> names = new ArrayList<>();
    for (int[] unit : units(tail)) {
      String name = tail.substring(unit[0], unit[1]);
      String word = tail.substring(unit[1], unit[2]);
      if (name.length() >= (VILLAGES.contains(word) ? 2 : 3)
          && COMPONENT_UNITS.contains(word)
          && name.chars().allMatch(c -> Lexicon.isHan((char) c))
          && "东南西北中".indexOf(name.charAt(name.length() - 1)) < 0
          && !Vocabulary.dictionaryWord(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * A town of the tail followed by the name of a later part without its unit word (户育乡弄贤 of
   * 户育乡雷弄村委会弄贤村民小组, 某镇某村 said as 某镇某): the short name is a place only after its town, so it is
   * searched there.
   */
  static List<String> townAndBareNames(String tail) {
    List<String> said = new ArrayList<>();
    List<int[]> units = units(tail);
    for (int i = 0; i < units.size(); i++) {
      int[] town = units.get(i);
      if (town[1] - town[0] < 2 || !TOWN_UNITS.contains(tail.substring(town[1], town[2]))) {
        continue;
      }
      for (int[] later : units.subList(i + 1, units.size())) {
        String name = tail.substring(later[0], later[1]);
        if (name.length() >= 2
            && COMPONENT_UNITS.contains(tail.substring(later[1], later[2]))
            && name.chars().allMatch(c -> Lexicon.isHan((char) c))) {
          said.add(tail.substring(town[0], town[2]) + name);
        }
      }
    }
    return said;
  }

  /**
   * 某路88号托乐嘉瑞园6栋1202室, 某墟边红树林公寓2单元108房: the estate's name between the last named part (or a place
   * it stands by, 边/旁) and its buildings. Said alone elsewhere (查封位于托乐嘉瑞园的房产) it still tells where
   * the person lives.
   */
  private static final Pattern ESTATE =
      Pattern.compile(
          "(?<=[号路街道巷镇村边旁])([\\p{IsHan}&&[^号路街道巷镇村边旁]]{4,10}?|[\\p{IsHan}&&[^号路街道巷镇村边旁]]{2,10}?[A-Z]区)(?:[一二三四五六七八九十]号院)?[0-9]{1,4}(?:号楼|栋|幢|座|单元|号院)");

  static List<String> estates(String tail) {
    List<String> names = new ArrayList<>();
    Matcher m = ESTATE.matcher(tail);
    while (m.find()) {
      String name = m.group(1);
      if (unitAt(name, 0) == null && !Vocabulary.dictionaryWord(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The unit words of a tail that close a name, each as {name start, unit start, unit end}. A unit
   * word with no name before it is part of the next name (花园 in 花园街道), and a unit right before
   * another unit ends no name (里 in 果戈里大街, 花园 in 丹枫花园小区) unless it is a committee's, a street's or
   * a community's. A unit that opens the tail alone ends the prefix the tail was cut from (区 of
   * 沙市|区): it closes an empty name and stays.
   */
  static List<int[]> units(String tail) {
    List<int[]> units = new ArrayList<>();
    int nameStart = 0;
    int i = 0;
    while (i < tail.length()) {
      String unit = unitAt(tail, i);
      boolean closes =
          unit != null
              && (i > nameStart || i == 0)
              && (unitAt(tail, i + unit.length()) == null || ALWAYS_CLOSING.contains(unit))
              && !numberedLi(tail, nameStart, i, unit);
      if (!closes) {
        i += unit == null ? 1 : unit.length();
        continue;
      }
      units.add(new int[] {nameStart, i, i + unit.length()});
      i += unit.length();
      nameStart = i;
    }
    return units;
  }

  /**
   * 七里店社区, 十里铺村, 五里桥街道: 里 after a numeral alone, before more of a name, is a distance in the
   * place's name (seven li from town), no lane.
   */
  private static boolean numberedLi(String tail, int nameStart, int at, String unit) {
    int next = at + unit.length();
    return unit.equals("里")
        && at > nameStart
        && next < tail.length()
        && Lexicon.isHan(tail.charAt(next))
        && unitAt(tail, next) == null
        && tail.substring(nameStart, at).chars().allMatch(c -> "一二三四五六七八九十百半".indexOf(c) >= 0);
  }

  /** **街道**路**号 (unit words kept) or ** (whole tail), as the policy says. */
  static String mask(String tail, AddressStyle style) {
    if (style == AddressStyle.WHOLE_TAIL) {
      return "**";
    }
    StringBuilder out = new StringBuilder();
    int end = 0;
    for (int[] unit : units(tail)) {
      out.append(unit[1] > unit[0] ? "**" : "").append(tail, unit[1], unit[2]);
      end = unit[2];
    }
    if (end < tail.length()) {
      out.append("**");
    }
    return out.toString();
  }

  static String unitAt(String s, int i) {
    for (String unit : UNIT_WORDS) {
      if (s.startsWith(unit, i)) {
        return unit;
      }
    }
    return null;
  }

  /** 6号|楼2单元, 2单|元1101室, 花家地社|区: a unit word of two characters cut by a line break. */
  static boolean cutInside(char before, char after) {
    for (String unit : UNIT_WORDS) {
      if (unit.length() == 2 && before == unit.charAt(0) && after == unit.charAt(1)) {
        return true;
      }
    }
    return false;
  }
}
