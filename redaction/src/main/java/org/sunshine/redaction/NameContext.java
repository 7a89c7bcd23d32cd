package org.sunshine.redaction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * Where a name form stands as the person's name and where it is part of something else: a word
 * (国庆节), a place (向阳路, 平遥古城), a direction (公路向东行驶), a phrase (乡村繁荣) or another person's full name.
 * HanLP's segmentation of a few characters around decides the hard cases.
 */
final class NameContext {

  private static final List<String> ORGANISATION_SUFFIXES =
      List.of(
          "医院", "学校", "大学", "中学", "小学", "幼儿园", "公司", "集团", "宾馆", "酒店", "饭店", "商场", "超市", "市场", "公园",
          "广场", "大厦", "小区", "花园", "银行", "东路", "西路", "南路", "北路", "中路", "大道", "大街", "新村", "工业园");
  private static final String BEFORE_GIVEN = "“\"「『‘与和跟对叫喊称给让找同及、向";
  private static final String AFTER_GIVEN = "，,。！!？?”\"」』’、：:；;";

  private NameContext() {}

  /**
   * For a given name that is also an ordinary word (国庆, 平安, 建设): HanLP segments the words around
   * it; it is the person when it stands as a word of its own and a verb follows (随后国庆夺过), not in
   * 平安夜 or 建设文明城市.
   */
  static boolean actsAsPerson(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    List<Term> terms = wordsAround(text, start, end);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (from + t.offset == start && t.word.length() == end - start) {
        if (t.nature.toString().startsWith("nr")) {
          return true;
        }
        if (i + 1 >= terms.size()) {
          return true;
        }
        // Followed by a noun, an adjective, a number or a time word, it is part of a phrase (平安夜,
        // 建设文明城市);
        // followed by anything else (a verb, 夺过, a particle, punctuation) it is the person acting.
        // An adjective that is an adverb too (认定高山连续旷工) goes on to the person's act.
        String next = terms.get(i + 1).nature.toString();
        return !(next.startsWith("n") && !next.equals("nz")
            || next.startsWith("a") && !Vocabulary.adverbToo(terms.get(i + 1).word)
            || next.startsWith("m")
            || next.startsWith("q")
            || next.startsWith("t"));
      }
    }
    return false;
  }

  private static final String LEVELS = "省市州县区盟旗";

  /**
   * Where the text goes on after {@code end} across one line break and the indent after it (广州市白云|区
   * 人民检察院 in a signature the layout left unjoined), or {@code end} where no break stands there or
   * the name {@code start..end} does not follow a level.
   */
  static int afterWrap(String text, int start, int end) {
    // only inside a place's name (市|白云|区): a name at the end of a line of running text (被害人刘德华|县
    // 公安局接警后) is the person's, whatever the next line opens with
    if (start == 0 || LEVELS.indexOf(text.charAt(start - 1)) < 0) {
      return end;
    }
    int at = end;
    if (at < text.length() && text.charAt(at) == '\r') {
      at++;
    }
    if (at >= text.length() || text.charAt(at) != '\n') {
      return end;
    }
    at++;
    while (at < text.length() && " 　\t".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  /**
   * A given name inside a longer word or place (国庆节, 向阳路, 长安区) is not the person; anywhere else it
   * is (随后国庆夺过锄头柄, “怀顺，你别动手”).
   */
  static boolean partOfWordOrPlace(String text, int start, int end) {
    int next = afterWrap(text, start, end);
    if (next < text.length() && Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(next)) >= 0) {
      return true;
    }
    // 检察官王志强 for a person 刘志强: after a common surname it is somebody else's full name.
    if (start > 0
        && Lexicon.COMMON_SURNAMES.indexOf(text.charAt(start - 1)) >= 0
        && !Lexicon.WEAK_SURNAMES.contains(text.charAt(start - 1))) {
      return true;
    }
    // （机主：铁生梅） for a person 张生梅: a rarer surname opening the span after a delimiter does too
    if (start > 1
        && !Lexicon.isHan(text.charAt(start - 2))
        && WordNames.declaredSurname(text.charAt(start - 1))
        && !Lexicon.WEAK_SURNAMES.contains(text.charAt(start - 1))) {
      return true;
    }
    for (String suffix : ORGANISATION_SUFFIXES) {
      if (text.startsWith(suffix, next)) {
        return true;
      }
    }
    for (String word : PLACE_WORDS) {
      if (text.startsWith(word, next)) {
        return true;
      }
    }
    if (NamedEvents.after(text, end) || NamedEvents.insideAQuotedName(text, start, end)) {
      return true;
    }
    if (AdminPrefix.knownPlace(text, start) > end) {
      return true; // 乌兰察布市 for a person 乌兰: a real division's name that opens with it
    }
    if (InsideCompanyNames.inside(text, start, end)) {
      return true;
    }
    String given = text.substring(start, end);
    if (aDirection(text, start, end)) {
      return true;
    }
    for (int more = 1; more <= 2; more++) {
      if (end + more <= text.length()
          && Vocabulary.commonWord(given + text.substring(end, end + more))) {
        return true;
      }
      if (start - more >= 0 && Vocabulary.commonWord(text.substring(start - more, start) + given)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What follows a place, not a person: a given name that is also a place (张平遥's 平遥) before them is
   * the place (平遥古城, 长春机场).
   */
  private static final List<String> PLACE_WORDS =
      List.of(
          "古城",
          "古镇",
          "古村",
          "县城",
          "城区",
          "市区",
          "城内",
          "境内",
          "一带",
          "景区",
          "老城",
          "新城",
          "机场",
          "火车站",
          "汽车站",
          "高铁站",
          "高速",
          "方向",
          "方言",
          "当地",
          // 沂河边上, 秦岭北麓: the banks and slopes of a river or a range
          "边上",
          "岸边",
          "沿岸",
          "两岸",
          "流域",
          "沿线",
          "北麓",
          "南麓",
          "东麓",
          "西麓",
          "脚下",
          "之畔");

  /** How a vehicle or a person moves in a direction (向东行驶, 往南逃窜). */
  private static final List<String> MOTION =
      List.of(
          "行驶", "驶", "行进", "前进", "走", "逃", "跑", "奔", "撤", "转", "拐", "移动", "延伸", "流", "飞", "方向",
          "一侧");

  /**
   * 向东 for a person 叶向东: a given name that reads as a preposition and a compass point is the
   * direction right after a word (公路向东行驶) and before a verb of motion; after a delimiter or 与/和
   * (，向东逃跑) it can still be the person.
   */
  private static boolean aDirection(String text, int start, int spanEnd) {
    String given = text.substring(start, spanEnd);
    if (given.length() > 2) {
      given = given.replaceAll("[\\s　]", ""); // cut by a line break
    }
    if (given.length() != 2
        || "向往朝".indexOf(given.charAt(0)) < 0
        || "东南西北".indexOf(given.charAt(1)) < 0
        || openBefore(text, start)) {
      return false;
    }
    int end = spanEnd;
    while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    for (String verb : MOTION) {
      if (text.startsWith(verb, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Alias words after which a full name stands (曾用名温顺); not 简称 or 又称, after which a short name of a
   * company or a place stands (以下简称高峰公司).
   */
  private static final List<String> FULL_NAME_ALIASES =
      List.of("曾用名", "化名", "真实姓名", "原名", "又名", "别名");

  private static final Set<String> RELATIONS = Set.copyOf(Lexicon.WEAK_ROLES);

  static boolean rolePrecedes(String text, int start) {
    // 公民甘露、覃小梅: a relation or occupation word before a known person's name introduces them too
    // (looked up by the few lengths a word has, not by trying each of the table's words)
    for (int k = 1; k <= 6 && k <= start; k++) {
      if (RELATIONS.contains(text.substring(start - k, start))) {
        return true;
      }
    }
    for (List<String> words : List.of(Lexicon.STRONG_ROLES, FULL_NAME_ALIASES)) {
      // 曾用名温顺: right after an alias word a word is the name it declares
      for (String role : words) {
        if (text.startsWith(role, Math.max(0, start - role.length())) && start >= role.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where a name that is also a word (甘露, 高峰) stands as the name: after a role word or a delimiter,
   * or before what follows a person (名下, 的, （, 于…) without a word-forming character before it
   * (晚高峰).
   */
  static boolean standsAsName(String text, int start, int end) {
    if (text.startsWith("简称", start - 2) || text.startsWith("又称", start - 2)) {
      return false; // （以下简称高峰公司）: a company's or a place's short name follows
    }
    if (openBefore(text, start) || rolePrecedes(text, start)) {
      return true;
    }
    if (DegreeWords.before(text, start)) {
      return false; // 开车回去很简单的 for a person 简单: a degree word makes the word an adjective
    }
    char before = text.charAt(start - 1);
    boolean personFollows = PERSON_FOLLOWS.stream().anyMatch(w -> text.startsWith(w, end));
    return personFollows && "早晚高低最顶巅午夜".indexOf(before) < 0 && !partOfWordOrPlace(text, start, end);
  }

  /**
   * Stands where only a name can (after punctuation or a role word) and what follows is what a
   * person does or has (燕子说, 燕子的): the strict reading for a name that is also a common noun.
   */
  static boolean opensAClauseAsAPerson(String text, int start, int end) {
    boolean opens =
        start == 0 || !Lexicon.isHan(text.charAt(start - 1)) || rolePrecedes(text, start);
    return opens && PERSON_FOLLOWS.stream().anyMatch(w -> text.startsWith(w, end));
  }

  /**
   * What only a person is followed by (立国名下, 推了国庆一下, 致宁波头皮裂伤, 以安顺涉嫌, 长春后来摔倒): after these a given
   * name that is also a word or a place (立国, 国庆, 宁波, 安顺, 长春) is the person.
   */
  static boolean followedAsPerson(String text, int start, int end) {
    return STRONG_PERSON_FOLLOWS.stream().anyMatch(w -> text.startsWith(w, end))
        && !partOfWordOrPlace(text, start, end);
  }

  private static final List<String> STRONG_PERSON_FOLLOWS =
      List.of(
          "名下",
          "涉嫌",
          "供述",
          "证实",
          "陈述",
          "辩称",
          "一方",
          "本人",
          "夫妇",
          "患有",
          "自行",
          "案发",
          "头部",
          "头皮",
          "脑袋",
          "后脑",
          "额头",
          "肩膀",
          "胳膊",
          "脖子",
          "面部",
          "脸部",
          "胸部",
          "腹部",
          "背部",
          "腿部",
          "手臂",
          "左手",
          "右手",
          "左腿",
          "右腿",
          "身上",
          "一下",
          "一拳",
          "一脚",
          "一巴掌",
          "后来",
          "随即",
          "当场",
          "倒地",
          "摔倒",
          "受伤",
          "强制医疗",
          // 方圆个人名下, 系向阳之女, 认定江汉负事故全部责任: what a person owns, a relative of theirs, a liability
          "个人名下",
          "之女",
          "之子",
          "之妻",
          "之夫",
          "之父",
          "之母",
          "之兄",
          "之弟",
          "之姐",
          "之妹",
          "负事故",
          "负全部",
          "负主要",
          "负次要",
          "负同等");

  private static final List<String> PERSON_FOLLOWS =
      List.of(
          "涉嫌", "患有", "一方", "头部", "头皮", "面部", "一下", "后来", "强制医疗", "名下", "的", "（", "(", "于", "在",
          "与", "和", "将", "把", "被", "向", "因", "等", "系", "称", "说", "遂", "即", "便", "又", "还", "也", "已",
          "曾", "所", "账户", "手机", "驾驶", "供述", "证实", "让", "叫", "带", "告诉", "打电话", "只要", "就");

  /** Nothing that could be part of the same word stands right before (。高峰驾驶, 与高峰, but not 晚高峰). */
  private static boolean openBefore(String text, int start) {
    return start == 0
        || !Lexicon.isHan(text.charAt(start - 1))
        || BEFORE_GIVEN.indexOf(text.charAt(start - 1)) >= 0;
  }

  /** HanLP's words in six characters either side of the span; offsets from {@code start - 6}. */
  private static List<Term> wordsAround(String text, int start, int end) {
    String window = text.substring(Math.max(0, start - 6), Math.min(text.length(), end + 6));
    return HanLP.newSegment().enableOffset(true).seg(window);
  }

  /** No word HanLP finds around the span runs across its start or its end (小平 in 小平台 does). */
  static boolean alignedWithWords(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    for (Term t : wordsAround(text, start, end)) {
      int s = from + t.offset;
      int e = s + t.word.length();
      if (s < start && e > start || s < end && e > end) {
        return false;
      }
    }
    return true;
  }

  /**
   * A given name that is an ordinary word stands alone before a delimiter (“建设，你别走”) or after a
   * word that introduces a person (与建设, 叫国庆). At the start of a clause with words after it
   * (，建设工程位于…) it may be the word: {@link #actsAsPerson} decides there.
   */
  static boolean standsAlone(String text, int start, int end) {
    if (end < text.length() && Lexicon.PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0) {
      return false;
    }
    boolean before = start > 0 && BEFORE_GIVEN.indexOf(text.charAt(start - 1)) >= 0;
    boolean after = end >= text.length() || AFTER_GIVEN.indexOf(text.charAt(end)) >= 0;
    return before || after;
  }

  /**
   * 乡村繁荣” for a person 孔繁荣: right after a word and before punctuation, a given name that is a word
   * ends a phrase (早上泉城在… goes on as a person does).
   */
  static boolean endsAPhrase(String text, int start, int end) {
    return start >= 2
        && (end >= text.length() || !Lexicon.isHan(text.charAt(end)))
        && Lexicon.isHan(text.charAt(start - 1))
        && BEFORE_GIVEN.indexOf(text.charAt(start - 1)) < 0
        && Vocabulary.commonWord(text.substring(start - 2, start));
  }
}
