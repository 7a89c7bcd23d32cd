package org.sunshine.redaction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the administrative part of an address (province, prefecture, county), which stays public,
 * and says where the part below county level begins. Each level is optional; each name is the
 * shortest run that ends in its level's suffix and contains no word of a lower level (街道, 镇, 村,
 * 路…).
 */
final class AdminPrefix {

  private static final String[] MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"};
  private static final String[] COUNTRIES = {
    "越南", "缅甸", "老挝", "朝鲜", "韩国", "日本", "蒙古", "俄罗斯", "泰国", "柬埔寨"
  };

  /** 缅甸联邦共和国掸邦木姐县: the state's full name, then its first-level division (邦, 省). */
  private static final String[] STATE_FORMS = {
    "联邦共和国", "社会主义共和国", "人民民主共和国", "民主人民共和国", "民主共和国", "共和国", "联邦", "王国"
  };

  private static final String[] SPECIAL_REGIONS = {"香港", "澳门"};
  private static final String[] TERRITORY_PARTS = {
    "九龙", "新界", "香港岛", "港岛", "离岛", "澳门半岛", "氹仔", "路环"
  };

  private static final String[] PROVINCE = {"自治区", "特别行政区", "省"};
  private static final String[] PREFECTURE = {"自治州", "地区", "盟", "市"};
  private static final String[] COUNTY = {"自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"};

  /**
   * Words of the levels below a county; a county-level name never has them after its first
   * character.
   */
  private static final String[] LOWER = {
    "街道", "社区", "小区", "大厦", "公寓", "花园", "广场", "大道", "大街", "路", "号", "组", "室", "栋", "单元"
  };

  /** 青云社区, 阳光小区: a 区 after these characters ends a lower-level word, not a county's name. */
  private static final String NOT_BEFORE_DISTRICT = "社小园景厂校片辖";

  /**
   * Function characters no place name contains: they mean the text before the place is not part of
   * it.
   */
  private static final String NOT_IN_PLACE = "在到从向被将把的了与及是为以对经由等称说位其该";

  /**
   * An autonomous unit's name lists its peoples (积石山保安族东乡族撒拉族自治县, 双江拉祜族佤族布朗族傣族自治县): up to this many
   * characters before 自治县/自治州/自治旗, where other names stop at eight.
   */
  private static final int AUTONOMOUS_NAME = 16;

  private static final Pattern DIVISION = Pattern.compile("第[一二三四五六七八九十]{1,3}师");

  /**
   * The county-level divisions of GB/T 2260 (county-names.txt): a real county is read whole even
   * where one of its characters is a function word {@link #NOT_IN_PLACE} refuses (从化区, 称多县, 将乐县).
   */
  private static final Set<String> COUNTIES = names("county-names.txt");

  /** The prefecture-level divisions of GB/T 2260 (prefecture-names.txt: 乌兰察布市, 海北藏族自治州). */
  private static final Set<String> PREFECTURES = names("prefecture-names.txt");

  private static final int LONGEST_COUNTY = 16;

  /**
   * 中国（上海）自由贸易试验区, with its 片区: a zone the State Council set up, above the level of a street; a
   * company's seat in it is masked from the road on.
   */
  private static final Pattern FREE_TRADE_ZONE =
      Pattern.compile("中国[（(]\\p{IsHan}{2,3}[）)]自由贸易试验区(?:\\p{IsHan}{2,6}?片区)?");

  private AdminPrefix() {}

  private static Set<String> names(String resource) {
    Set<String> names = new HashSet<>();
    for (String line : HealthConditions.lines(AdminPrefix.class.getResourceAsStream(resource))) {
      for (String name : line.split(" ")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }

  /**
   * The end of the longest prefecture- or county-level division of the lexicons written at {@code
   * at}, or at: 乌兰察布市 for a person 乌兰 is the place.
   */
  static int knownPlace(String s, int at) {
    int county = knownCounty(s, at);
    if (at >= s.length() || !Lexicon.isHan(s.charAt(at))) {
      return county;
    }
    for (int end = Math.min(s.length(), at + LONGEST_COUNTY);
        end > county && end >= at + 3;
        end--) {
      if ("市州区盟".indexOf(s.charAt(end - 1)) >= 0 && PREFECTURES.contains(s.substring(at, end))) {
        return end;
      }
    }
    return county;
  }

  /** The end of the longest county-level division of the lexicon written at {@code at}, or at. */
  static int knownCounty(String s, int at) {
    if (at >= s.length() || !Lexicon.isHan(s.charAt(at))) {
      return at;
    }
    for (int end = Math.min(s.length(), at + LONGEST_COUNTY); end >= at + 3; end--) {
      // every name ends in its level (县, 市, 区, 旗): look only there, not at every length
      if ("县市区旗".indexOf(s.charAt(end - 1)) >= 0
          && COUNTIES.contains(s.substring(at, end))
          && !followedByLowerWord(s, end, s.substring(end - 1, end))) {
        return end;
      }
    }
    return at;
  }

  /**
   * Offset where the part below county level starts (== from when there is no administrative
   * prefix).
   */
  static int end(String s, int from) {
    int at = from;
    for (String country : COUNTRIES) {
      if (s.startsWith(country, at)) {
        at += country.length();
        for (String form : STATE_FORMS) {
          if (s.startsWith(form, at)) {
            at += form.length();
            break;
          }
        }
        at = level(s, at, new String[] {"省", "州", "邦"}, 2, 6);
        return level(s, at, new String[] {"市", "县"}, 2, 6);
      }
    }
    for (String region : SPECIAL_REGIONS) {
      if (s.startsWith(region, at)) {
        // 香港九龙旺角…: the region, its part of the territory (九龙, 新界) and a district (油尖旺区)
        at += region.length();
        at = s.startsWith("特别行政区", at) ? at + "特别行政区".length() : at;
        for (String part : TERRITORY_PARTS) {
          if (s.startsWith(part, at)) {
            at += part.length();
            break;
          }
        }
        return level(s, at, new String[] {"区"}, 1, 4);
      }
    }
    if (s.startsWith("新疆生产建设兵团", at)) {
      // The corps is a province-level body; its divisions (第八师) and their cities are the levels
      // below.
      at += "新疆生产建设兵团".length();
      Matcher division = DIVISION.matcher(s).region(at, s.length());
      if (division.lookingAt()) {
        at = division.end();
      }
      return level(s, at, new String[] {"市"}, 2, 6);
    }
    if (s.startsWith("中国", at)) {
      Matcher zone = FREE_TRADE_ZONE.matcher(s).region(at, s.length());
      if (zone.lookingAt()) {
        return zone.end();
      }
    }
    boolean municipality = false;
    for (String m : MUNICIPALITIES) {
      if (s.startsWith(m, at)) {
        at += m.length();
        municipality = true;
        break;
      }
    }
    if (!municipality) {
      at = level(s, at, PROVINCE, 2, 8);
      at = level(s, at, PREFECTURE, 2, 8);
    }
    int known = knownCounty(s, at);
    int county = known > at ? known : level(s, at, COUNTY, 1, 8);
    if (county > at && s.charAt(county - 1) == '市' && !municipality) {
      // 台湾地区台中市西屯区: a city read at county level can still have its district after it
      int district = level(s, county, new String[] {"区"}, 2, 4);
      if (district > county) {
        return district;
      }
    }
    return county;
  }

  /**
   * Consumes one level if the text at {@code at} is a name of 1–max characters followed by one of
   * the suffixes.
   */
  private static int level(String s, int at, String[] suffixes, int minName, int maxName) {
    for (int length = minName; length <= AUTONOMOUS_NAME && at + length < s.length(); length++) {
      String name = s.substring(at, at + length);
      if (!plausibleName(name) || length > maxName && name.indexOf('族') < 0) {
        return at;
      }
      for (String suffix : suffixes) {
        if (length > maxName && !suffix.startsWith("自治")) {
          continue;
        }
        if (suffix.equals("区")
            && (NOT_BEFORE_DISTRICT.indexOf(s.charAt(at + length - 1)) >= 0
                || name.indexOf('村', 1) > 0)) {
          continue; // 钞坑村南区: a part of a village, not a district (周村区 is read from the lexicon)
        }
        if (s.startsWith(suffix, at + length)
            && !followedByLowerWord(s, at + length + suffix.length(), suffix)) {
          return at + length + suffix.length();
        }
      }
    }
    return at;
  }

  /**
   * Han characters only, and no lower-level word after the first character (镇江市 is a city, X镇Y市 is
   * not).
   */
  private static boolean plausibleName(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!Lexicon.isHan(name.charAt(i)) || NOT_IN_PLACE.indexOf(name.charAt(i)) >= 0) {
        return false;
      }
    }
    for (String word : LOWER) {
      if (name.indexOf(word, 1) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * 市场, 区道 and the like are not levels: the suffix character starts a lower-level word, or ends the
   * name of one (新区街道).
   */
  private static boolean followedByLowerWord(String s, int after, String suffix) {
    if (after >= s.length()) {
      return false;
    }
    char next = s.charAt(after);
    return (suffix.equals("市") && (next == '场' || next == '民'))
        || (suffix.equals("区")
            && (next == '道' && s.startsWith("道路", after)
                || next == '域'
                // 滨河新区街道: a 区 with 街道 right after it is part of the 街道's name
                || s.startsWith("街道", after)));
  }
}
