package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People introduced by the narrative rather than by a role word: numbered lists, names in brackets
 * (Li Na（李娜）, 小芳（真名牛芳芳）, 老秦（秦福贵）), lists that go on after a known person, clause subjects with a
 * date, people engaged for a task. Each rule adds to the {@link PersonFinder} it is given.
 */
final class NarrativePeople {

  /** 本院聘请萨仁高娃担任蒙古语翻译: whoever is engaged for a task is named between the two words. */
  private static final Pattern ENGAGED =
      Pattern.compile("(?:聘请|指派|邀请|委托)(\\p{IsHan}{2,24}?)(?:担任|作为|为本案|为其)");

  /** Where a body or an occupation before the engaged person's name ends (…大学教师焦文娟). */
  private static final String BEFORE_ENGAGED = "师员生校学院司所局会心馆社";

  /** 1.王秀兰，投入…, （2）龙啸天，187…: a numbered line that starts with a name. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?m)^[ \\t　]*(?:\\d{1,3}[.．、)）]|[（(]\\d{1,3}[）)])\\s*(\\p{IsHan}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=[，,（(：:])");

  /** 商人DIALLO Amara证实: a Latin name of two to four words that testifies or states is a person. */
  private static final Pattern LATIN_ACTING =
      Pattern.compile(
          "(?<![A-Za-z])([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3})(?=证实|陈述|供述|辩称|证言|称[：:，,]|说[：:，,])");

  /** Li Na（李娜）: a Latin name with its Chinese form. */
  private static final Pattern LATIN_WITH_HAN =
      Pattern.compile("([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[（(](\\p{IsHan}{2,4})[）)]");

  /**
   * 小芳（真名牛芳芳）: the real name in brackets after a nickname; 其大哥（真实姓名不详）gives none (不详, 不明, 未知 say
   * that nobody knows it).
   */
  private static final Pattern REAL_NAME =
      Pattern.compile(
          "(\\p{IsHan}{1,4})[（(](?:真名|本名|原名|真实姓名)[为是：:]?(?![不未无待])(\\p{IsHan}{2,4})[）)]");

  /** 送货的小军, 与其大哥: the characters that end the words before a nickname, never inside it. */
  private static final String BEFORE_NICKNAME = "的与和及其";

  /** Words for an unnamed person: what stands before 真实姓名 then is no nickname. */
  private static final Pattern GENERIC_PERSON =
      Pattern.compile("(?:男子|女子|男性|女性|男人|女人|某人|人员|此人|该人|一人|青年|老人|少年|妇女)$");

  /** 老秦（秦福贵）: a familiar form with the full name in brackets. */
  private static final Pattern FAMILIAR =
      Pattern.compile("([老小阿])(\\p{IsHan})[（(](\\2\\p{IsHan}{1,2})[）)]");

  /** ，宁国富于2024年3月…: a clause that starts with a name and goes on with a date. */
  private static final Pattern SUBJECT_WITH_DATE =
      Pattern.compile("(?<=[，,。；;：:\\n])(\\p{IsHan}{3})(?=于(?:19|20)\\d{2}年|于同日|于当日|于次日|于当晚)");

  /**
   * 加了一个叫“小雨点”的人: a quoted name after 叫/名叫/自称, standing for a person (的人, 的男子, 的网友…), is the only
   * name the document has for somebody: masked on its own.
   */
  private static final Pattern CALLED =
      Pattern.compile(
          "(?:叫|叫做|名叫|自称|备注为?|署名为?)[“\"「『]([^”\"」』\n]{1,14})[”\"」』]的?"
              + "(?:人|男子|女子|男人|女人|男孩|女孩|小伙|姑娘|网友|用户|客户|买家|卖家|上家|下家|老板|中介|朋友|群主)"
              + "|(?:以|用|使用|冒用|假冒)[“\"「『]([^”\"」』\\n]{1,14})[”\"」』]的?(?:名义|身份|名字|假名)");

  /** 证人“小雨”（化名）: a quoted name the document itself calls a pseudonym or a nickname. */
  private static final Pattern QUOTED_ALIAS =
      Pattern.compile(
          "[“\"「『‘]([^”\"」』’\\n]{1,8})[”\"」』’][（(](?:化名|系化名|绰号|外号|网名|昵称|小名|微信名|微信昵称)[）)]");

  /** 使用“数据鱼”的昵称: a quoted name the words after it call a nickname or an alias. */
  private static final Pattern QUOTED_THEN_ALIAS =
      Pattern.compile(
          "[“\"「『‘]([^”\"」』’\\n]{1,8})[”\"」』’]的?(?:昵称|网名|化名|绰号|外号|微信名|假名)(?![^，,。；;\\n]{0,6}?(?:平台|群))");

  /**
   * 用户名为“@lanlan_88”的人员（身份不明）, “大熊”身份至今无法查明, “老四”，经多次核实，无法查明该人的真实身份: a quoted name of someone the
   * document says it cannot identify is the only name it has for them.
   */
  private static final Pattern UNIDENTIFIED =
      Pattern.compile(
          "[“\"「『]([^”\"」』\\n]{1,14})[”\"」』]"
              + "(?:的?(?:人员|男子|女子|人|用户|网友|上家|下家|老板)?[（(](?:真实)?(?:身份|姓名)(?:不明|不详)[^）)\\n]{0,12}[）)]"
              + "|身份(?:至今|仍|均)?(?:不明|不详|无法查明|未能查明|不能查明)"
              + "|[，,][^。；;“”\\n]{0,16}?(?:无法|未能|不能)查明(?:该人|此人|其)的?(?:真实)?身份"
              // “小六子”经多方查找，无法核实身份
              + "|[^。；;“”\\n]{0,16}?(?:无法|未能|不能)(?:查明|核实|查实|确认)(?:该人|此人|其)?的?(?:真实)?身份)");

  /**
   * 转售给上家“老K”, 经上线“阿峰”介绍, QQ好友“飞哥”: a quoted name right after a word for a person the document does
   * not name otherwise (上家, 网友, 男子…) is that person's only name; a quoted platform, group or
   * company is not.
   */
  private static final Pattern ROLE_QUOTED =
      Pattern.compile(
          "(?:上家|下家|上线|下线|网友|好友|男子|女子|卖家|买家|中介|同伙|介绍人|联系人|收款人|放贷人)[“\"「『]([^”\"」』\\n]{1,8})[”\"」』]"
              + "(?!平台|群|APP|App|app|网站|公司|软件|账号|店)");

  /** 他说他叫‘延吉宇哥’: the name a person gives themselves, quoted, in any quotation marks. */
  private static final Pattern CALLED_SELF =
      Pattern.compile("(?:他|她|对方|此人|该人)(?:叫|叫做|名叫|自称)[“\"「『‘]([^”\"」』’\\n]{1,8})[”\"」』’]");

  /**
   * 冒充“客服小雨老师”, 假扮“导师阿杰”: the familiar name of a persona a fraudster played, between an occupation
   * and a title in the quotes, is the only name the victims have for that person.
   */
  private static final Pattern PERSONA =
      Pattern.compile(
          "(?:冒充|假冒|假扮|扮演|伪装成|冒称)[“\"「『](?:客服|导师|助教|助理|专员|主播|带单|财务|\\p{IsHan}{0,4}客服)?"
              + "([小阿]\\p{IsHan})(?:老师|导师|姐|哥|经理|助理|主管|专员)?[”\"」』]");

  private NarrativePeople() {}

  static void called(PersonFinder f) {
    for (Pattern pattern :
        List.of(
            CALLED,
            QUOTED_ALIAS,
            QUOTED_THEN_ALIAS,
            UNIDENTIFIED,
            ROLE_QUOTED,
            CALLED_SELF,
            PERSONA)) {
      nicknames(f, new Scan(pattern, f.text));
    }
  }

  private static void nicknames(PersonFinder f, Scan scan) {
    Matcher m = scan.matcher();
    while (scan.find()) {
      String nickname = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      if (!nickname.isEmpty() && !nickname.contains("某") && !f.persons.containsKey(nickname)) {
        Person p = new Person(nickname, null, m.start(1));
        p.aliasOnly = true;
        f.persons.put(nickname, p);
      }
    }
  }

  static void numberedAndBracketed(PersonFinder f) {
    Scan numbered = new Scan(NUMBERED, f.text);
    Matcher n = numbered.matcher();
    while (numbered.find()) {
      String name = n.group(1);
      boolean latin = !Lexicon.isHan(name.charAt(0));
      if (latin
          || Lexicon.isSurname(name.charAt(0))
              && !Vocabulary.commonWord(name)
              && !Vocabulary.commonWord(name.substring(0, 2))) {
        f.add(name, null, n.start(1), false);
      }
    }
    Scan acting = new Scan(LATIN_ACTING, f.text);
    Matcher a = acting.matcher();
    while (acting.find()) {
      if (a.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
        f.add(a.group(1), null, a.start(1), true);
      }
    }
    Scan lScan = new Scan(LATIN_WITH_HAN, f.text);
    Matcher l = lScan.matcher();
    while (lScan.find()) {
      Person p = f.add(l.group(1), null, l.start(1), true);
      if (p != null) {
        p.chineseName = l.group(2);
        p.forms.add(l.group(2));
      }
    }
    Scan realScan = new Scan(REAL_NAME, f.text);
    Matcher real = realScan.matcher();
    while (realScan.find()) {
      Person p = f.add(real.group(2), null, real.start(2), true);
      String before = nicknameOf(real.group(1));
      // 绰号“阿斌”的男子（真实姓名：X）: 男子 says who, it is no alias of X
      boolean generic = before.isEmpty() || GENERIC_PERSON.matcher(before).find();
      if (p != null && !generic) {
        p.aliases.add(before);
      }
    }
    Scan familiarScan = new Scan(FAMILIAR, f.text);
    Matcher familiar = familiarScan.matcher();
    while (familiarScan.find()) {
      Person p = f.add(familiar.group(3), null, familiar.start(3), false);
      if (p != null) {
        p.aliases.add(familiar.group(1) + familiar.group(2));
      }
    }
  }

  /** 送货的小军 → 小军: what follows the last character that ends the words before a nickname. */
  private static String nicknameOf(String before) {
    int cut = before.length();
    while (cut > 0 && BEFORE_NICKNAME.indexOf(before.charAt(cut - 1)) < 0) {
      cut--;
    }
    return before.substring(cut);
  }

  /** 向王秀兰（被害人，下同）、白玉珍、郝春生和闫小燕等: whoever follows a known person in a list is a person too. */
  static void continueLists(PersonFinder f) {
    for (int round = 0; round < 3; round++) {
      int before = f.persons.size();
      for (Person p : List.copyOf(f.persons.values())) {
        int from = 0;
        int at;
        while ((at = CharPositions.indexOf(f.text, p.name, from)) >= 0) {
          from = at + p.name.length();
          int pos = from;
          if (pos < f.text.length() && (f.text.charAt(pos) == '（' || f.text.charAt(pos) == '(')) {
            int close = f.text.indexOf(f.text.charAt(pos) == '（' ? '）' : ')', pos);
            pos = close < 0 || close - pos > 20 ? pos : close + 1;
          }
          if (pos >= f.text.length() || "、和及".indexOf(f.text.charAt(pos)) < 0) {
            continue;
          }
          // 温某及时冻结, 李某和平时: 及 and 和 that start a word with the next character join nobody
          if (f.text.charAt(pos) != '、'
              && pos + 2 <= f.text.length()
              && Vocabulary.commonWord(f.text.substring(pos, pos + 2))) {
            continue;
          }
          String next = f.boundary.atInList(pos + 1);
          if (next == null && f.text.charAt(pos) == '、') {
            next = RolePeople.listItem(f, pos + 1);
          }
          if (next != null && !f.persons.containsKey(next) && !Vocabulary.commonWord(next)) {
            f.add(next, p.role, pos + 1, f.text.charAt(pos) == '、');
          }
        }
      }
      if (f.persons.size() == before) {
        return;
      }
    }
  }

  static void subjects(PersonFinder f) {
    Scan subjects = new Scan(SUBJECT_WITH_DATE, f.text);
    Matcher m = subjects.matcher();
    while (subjects.find()) {
      String name = m.group(1);
      // 李明便于次日报警: a known two-character name followed by an adverb is not a new person
      boolean knownNameThenAdverb =
          f.persons.containsKey(name.substring(0, 2)) && "便就即遂又也才均亦".indexOf(name.charAt(2)) >= 0;
      if (Lexicon.isSurname(name.charAt(0))
          && !knownNameThenAdverb
          && !Vocabulary.commonWord(name)
          && !Vocabulary.commonWord(name.substring(1))) {
        f.add(name, null, m.start(1), false);
      }
    }
  }

  static void engaged(PersonFinder f) {
    Scan mScan = new Scan(ENGAGED, f.text);
    Matcher m = mScan.matcher();
    while (mScan.find()) {
      String name = m.group(1);
      int cut = name.length() - 1;
      while (name.length() > 6 && cut > 0 && BEFORE_ENGAGED.indexOf(name.charAt(cut - 1)) < 0) {
        cut--;
      }
      if (name.length() > 6) {
        name =
            cut > 0 && name.length() - cut >= 2 && name.length() - cut <= 4
                ? name.substring(cut)
                : "";
      }
      if (name.length() < 2) {
        continue;
      }
      if (!name.contains("律师")
          && !Vocabulary.commonWord(name)
          && !Vocabulary.commonWord(name.substring(0, 2))) {
        f.add(name, null, m.end(1) - name.length(), false);
      }
    }
  }
}
