package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names without a Han surname: Tibetan and Mongolian names are built from a small stock of elements
 * (扎西, 次仁, 卓玛; 巴特尔, 其其格, 乌力吉), Uyghur given names likewise (买买提, 古丽, 艾力), Yi names of a clan name
 * and a given name (吉克 + 阿呷). A run of such elements after a role word or in a list is a person's
 * name; a run of two or more is one wherever it stands. The stock is curated from common naming
 * practice, not from any document.
 */
final class MinorityNames {

  private static final Set<String> ELEMENTS =
      Set.of(
          // Tibetan
          "扎西",
          "次仁",
          "多吉",
          "卓玛",
          "泽郎",
          "格桑",
          "旺堆",
          "央金",
          "拉姆",
          "尼玛",
          "达瓦",
          "次旦",
          "普布",
          "边巴",
          "索朗",
          "顿珠",
          "白玛",
          "德吉",
          "平措",
          "洛桑",
          "强巴",
          "丹增",
          "贡布",
          "嘎玛",
          "罗布",
          "琼达",
          "曲珍",
          "益西",
          "旦增",
          "仁增",
          "米玛",
          "巴桑",
          "拉巴",
          "阿旺",
          "措姆",
          "玉珍",
          "桑珠",
          "群培",
          "仓决",
          "德庆",
          "卓嘎",
          "次珍",
          "旺姆",
          "央宗",
          "多布杰",
          "扎巴",
          "土登",
          "顿旦",
          "赤列",
          "泽仁",
          "泽旺",
          "降措",
          "才让",
          "才旦",
          "更登",
          "贡觉",
          "嘉措",
          "加措",
          "坚参",
          "江村",
          "晋美",
          "久美",
          "拉珍",
          "朗杰",
          "洛追",
          "普琼",
          "其美",
          "琼珠",
          "仁青",
          "桑布",
          "斯朗",
          "吾金",
          "尼珍",
          "卓央",
          "德央",
          "吉宗",
          "旺久",
          "次吉",
          "边珍",
          "格列",
          "多杰",
          "索南",
          "拉毛",
          "卓玛吉",
          "才仁",
          "公保",
          "万玛",
          "东珠",
          "尕藏",
          "完德",
          "昂旺",
          "欧珠",
          "西绕",
          "朗嘎",
          "达娃",
          "央拉",
          "巴珠",
          "次央",
          // Mongolian
          "巴特尔",
          "其其格",
          "乌力吉",
          "额尔敦",
          "斯琴",
          "呼和",
          "苏和",
          "那仁",
          "阿拉坦",
          "宝音",
          "图雅",
          "萨仁",
          "朝鲁",
          "满都拉",
          "孟和",
          "巴雅尔",
          "格日勒",
          "乌兰",
          "巴图",
          "额尔德尼",
          "布和",
          "特木尔",
          "哈斯",
          "敖登",
          "通拉嘎",
          "阿古拉",
          "毕力格",
          "达来",
          "吉日嘎拉",
          "乌云",
          "萨日娜",
          "娜仁",
          "高娃",
          "图门",
          "吉雅",
          "朝格图",
          "阿木尔",
          "恩和",
          "白音",
          "赛音",
          "苏日娜",
          "塔娜",
          "托娅",
          "额日和",
          "浩斯",
          "宝力道",
          "巴根那",
          "其木格",
          "阿如汗",
          "乌日娜",
          "那顺",
          "布仁",
          "巴雅斯古楞",
          "格日乐",
          "乌日根",
          "达古拉",
          "斯日古楞",
          "图布信",
          "巴音",
          "额尔登",
          "巴彦",
          "朝克",
          "呼格吉勒图",
          "其木德",
          "乌日汗",
          "孟根",
          "阿拉腾",
          "敖其尔",
          "满都呼",
          "扎那",
          "额布",
          // Uyghur and Kazakh given names
          "买买提",
          "艾力",
          "阿不都",
          "热合曼",
          "阿不都热合曼",
          "吐尔逊",
          "古丽",
          "古丽娜尔",
          "艾买提",
          "艾尔肯",
          "吾守尔",
          "热依拉",
          "麦麦提",
          "阿依古丽",
          "努尔",
          "阿卜杜拉",
          "艾合买提",
          "帕提古丽",
          "米热",
          "阿力木",
          "买合木提",
          "吐尔洪",
          "依明",
          "肉孜",
          "司马义",
          "玉素甫",
          "阿布都",
          "艾克拜尔",
          "再努尔",
          "努尔古丽",
          "阿迪力",
          "伊力哈木",
          "牙生",
          "亚森",
          "库尔班",
          "吐逊",
          "夏木西",
          "塔依尔",
          "托合提",
          "阿合买提",
          "买买提江",
          "阿依努尔",
          "布阿依夏木",
          "迪力夏提",
          "吐尔洪江",
          "热孜万古丽",
          "努尔兰",
          "叶尔兰",
          "哈力木拉提",
          "加尔肯",
          "别克",
          "阿斯哈尔",
          // Yi (Nuosu): clan names, then given names (阿说木呷 is called 木呷)
          "阿说",
          "吉伍",
          "沙马",
          "曲比",
          "吉克",
          "阿苦",
          "马海",
          "俄木",
          "海来",
          "吉木",
          "巴莫",
          "勒格",
          "瓦扎",
          "阿约",
          "吉米",
          "罗洪",
          "果基",
          "加拉",
          "阿鲁",
          "沙玛",
          "俄底",
          "日火",
          "阿火",
          "克其",
          "马黑",
          "瓦其",
          "吉尔",
          "倮伍",
          "吉狄",
          "阿且",
          "苏呷",
          "木呷",
          "拉格",
          "阿果",
          "木乃",
          "日哈",
          "拉则",
          "阿呷",
          "呷呷",
          "伍各",
          "尔古",
          "古木",
          "拉哈",
          "莫色",
          "日则",
          "子哈",
          "木嘎",
          "阿作",
          "拉布",
          "伍呷",
          "阿支",
          "尔布",
          "木沙",
          "依火",
          "拉达",
          "阿各",
          "约哈",
          "日达",
          "阿依",
          "拉且",
          "尔哈",
          "阿木",
          "布哈",
          "石哈");

  private static final int LONGEST = 6;

  private MinorityNames() {}

  /** The run of name elements starting at pos (longest elements first), or null. */
  static String at(String text, int pos) {
    int end = pos;
    int elements = 0;
    while (end < text.length() && elements < 4) {
      int next = element(text, end);
      if (next < 0) {
        break;
      }
      end = next;
      elements++;
    }
    return elements == 0 ? null : text.substring(pos, end);
  }

  /** Two or more elements in a row (扎西次仁, 呼和其其格): a name wherever it stands. */
  static boolean compound(String name) {
    int pos = 0;
    int elements = 0;
    while (pos < name.length()) {
      int next = element(name, pos);
      if (next < 0) {
        return false;
      }
      pos = next;
      elements++;
    }
    return elements >= 2;
  }

  /** The elements of a name made of two or more (扎西次仁: 扎西, 次仁), or an empty list. */
  static List<String> elements(String name) {
    List<String> parts = new ArrayList<>();
    int pos = 0;
    while (pos < name.length()) {
      int next = element(name, pos);
      if (next < 0) {
        return List.of();
      }
      parts.add(name.substring(pos, next));
      pos = next;
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  /** 阿卜杜 (Abdu-, servant of) and its spellings, written fused with the name it governs. */
  private static final List<String> SERVANT_PREFIXES = List.of("阿卜杜", "阿不都", "阿布都", "阿布杜", "阿卜都");

  /** 阿卜杜热西提: the person is called 热西提 alone; an empty list when no such prefix opens it. */
  static List<String> afterServantPrefix(String part) {
    for (String prefix : SERVANT_PREFIXES) {
      if (part.startsWith(prefix) && part.length() - prefix.length() >= 2) {
        return List.of(part.substring(prefix.length()));
      }
    }
    return List.of();
  }

  /** A whole name made of elements, one or more. */
  static boolean whole(String name) {
    String run = at(name, 0);
    return run != null && run.length() == name.length();
  }

  private static int element(String text, int pos) {
    if (pos >= text.length()) {
      return -1;
    }
    String[] candidates = BY_FIRST.get(text.charAt(pos));
    if (candidates == null) {
      return -1;
    }
    for (String e : candidates) { // longest first
      if (text.startsWith(e, pos)) {
        return pos + e.length();
      }
    }
    return -1;
  }

  /**
   * The elements of two to six characters by their first character, longest first: looked up at
   * every character of every document, so no substring is made for each length tried.
   */
  private static final Map<Character, String[]> BY_FIRST =
      ELEMENTS.stream()
          .filter(e -> e.length() >= 2 && e.length() <= LONGEST)
          .collect(
              Collectors.groupingBy(
                  e -> e.charAt(0),
                  Collectors.collectingAndThen(
                      Collectors.toList(),
                      l ->
                          l.stream()
                              .sorted(Comparator.comparingInt(String::length).reversed())
                              .toArray(String[]::new))));
}
