package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People introduced by a role, kinship or occupation word (被告人X, 申请人（一审原告）：X, 之妻X、子Y): the name
 * right after the word and the items of a list that goes on from it. A company or body after the
 * role is no person; names after weak words (kinship, occupation) must be no ordinary word. Part of
 * {@link PersonFinder}.
 */
final class RolePeople {

  private static final String KINSHIP = "子女父母妻夫兄弟姐妹儿孙侄";

  private RolePeople() {}

  static void fromRoleWords(PersonFinder f, List<String> roles, boolean weak) {
    PresentChars present = new PresentChars(f.text);
    for (String role : roles) {
      if (!present.mayHold(role)) {
        continue; // a character of the word is nowhere in the text: no scan for it
      }
      int from = 0;
      int at;
      while ((at = f.text.indexOf(role, from)) >= 0) {
        from = at + role.length();
        int pos = from;
        if (RoleWords.shadowed(f.text, at, role)) {
          continue;
        }
        // 申请人（一审原告）：王某某，… — civil documents put the earlier roles and a colon between the
        // role and the name
        pos = afterRoleAnnotation(f, pos);
        if (ActedOnPeople.officer(role) && ActedOnPeople.objectAt(f, pos) != null) {
          continue; // 检察人员向褚小凤送达: whom the officer acted on, read by ActedOnPeople
        }
        if (organisationAt(f, pos)) {
          continue;
        }
        String name = f.boundary.at(pos);
        if (name != null && name.equals(MinorityNames.at(f.text, pos))) {
          name = withUnknownTail(f.text, name, pos); // 嘎查达宝音德力格尔证实
        }
        if (name == null) {
          name = RoleReadings.withGivenOpener(f, pos); // 村民钱有根证实
        }
        if (name == null) {
          name = RoleReadings.surnameAndWordGiven(f, pos); // 其子郜宏伟代为退缴
        }
        if (name == null && pos + 3 <= f.text.length()) {
          // 财务人员揭晓琳在本院询问时陈述: a surname opening a word (揭晓), read only before testimony
          String three = f.text.substring(pos, pos + 3);
          name = testifiesRightAfter(f, three, pos) ? three : null;
        }
        String wordName = name == null && weak ? WordNames.beforeTestimony(f.text, pos) : null;
        if (wordName != null) {
          f.add(wordName, role, pos, true); // 经纪人文明证实: a word for a name only before testimony
          continue;
        }
        if (weak && (name == null || !f.persons.containsKey(name) && !strongEnough(f, name))) {
          String given = givenNameOnly(f, pos);
          if (given != null) {
            f.add(given, role, pos, false);
            continue;
          }
        }
        if (name == null && !weak) {
          name = f.boundary.particleNameAfterRole(pos);
        }
        if (name == null && !weak) {
          name = f.boundary.surnameless(pos);
        }
        if (name == null && !weak) {
          name = WordNames.afterRole(f, pos); // 被害人文静发生口角
        }
        if (name == null) {
          // 原审被告人纳志刚故意伤害罪一案; then, the surname declared, 委托代理人纳小芳, 之兄纳卫东
          name = DeclaredSurnames.afterRole(f.text, pos, weak);
        }
        if (name == null && !weak) {
          name = RoleReadings.surnamelessAfterRole(f, pos); // 翻译人员格绒的协助
        }
        boolean inList = false;
        String itemRole = role;
        while (name != null) {
          boolean accepted =
              inList
                  || !weak
                  || f.persons.containsKey(name)
                  || strongEnough(f, name)
                  || weakSurnameClosed(f, name, pos)
                  || testifiesRightAfter(f, name, pos)
                  || RoleWords.kinship().contains(role) && surnameLedFullName(name);
          if (accepted) {
            f.add(name, itemRole, pos, inList);
          }
          pos += name.length();
          name = null;
          if (accepted && pos < f.text.length() && f.text.charAt(pos) == '、') {
            pos++;
            // 之妻谭秀英、子向天宇、之媳田慧敏: a kinship or role word may head the next item
            if (f.boundary.at(pos) == null) {
              int word = roleAt(f, pos);
              if (word > 0) {
                // 被告人甲、其妻乙: the item's own word is its role, not the list's (乙 is no accused)
                itemRole = f.text.substring(pos, pos + word);
              }
              pos += word;
            }
            name = f.boundary.atInList(pos);
            if (name == null) {
              name = listItem(f, pos);
            }
            inList = true;
          }
        }
      }
    }
  }

  private static final Pattern ROLE_ANNOTATION =
      Pattern.compile("(?:[（(][^）)\\n]{1,24}[）)])?[：: ]*");

  static int afterRoleAnnotation(PersonFinder f, int pos) {
    Matcher m = ROLE_ANNOTATION.matcher(f.text).region(pos, Math.min(f.text.length(), pos + 30));
    return m.lookingAt() ? m.end() : pos;
  }

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "[\\p{IsHan}（）()A-Za-z0-9&&[^在于到从向被将把的了与和及是为以对经由等称说并至送发现将其后因]]{2,30}?(?:公司|集团|厂|商行|经营部|合作社|协会|学校|医院|银行|支行|分行|中心|委员会|事务所|研究所|管理局|局|政府|办事处|村民小组)"
              + "(?=[，,。；;、：:（(\\s]|$)"
              // a limited company is one whatever follows (原审第三人某某物流有限公司工伤认定一案)
              + "|[\\p{IsHan}（）()A-Za-z0-9&&[^在于到从向被将把的了与和及是为以对经由等称说并至送发现将其后因]]{2,30}?"
              + "(?:有限责任公司|股份有限公司|有限公司)");

  /**
   * A company or body where a role word's holder is an organisation (原告：某某科技有限公司); a clause with a
   * verb in it (刘强发现并扭送至…公安局) is a person acting, not an organisation's name.
   */
  static boolean organisationAt(PersonFinder f, int pos) {
    int end = pos;
    while (end < f.text.length() && end - pos < 32 && "，,。；;、\n".indexOf(f.text.charAt(end)) < 0) {
      end++;
    }
    // 之夫岳太原系山西某建工有限公司钢筋工: a name and 系 describe a person who works there
    return endsASuffixWithin(f.text, pos, end)
        && ORGANISATION.matcher(f.text).region(pos, end).lookingAt()
        && !DESCRIBED.matcher(f.text).region(pos, end).lookingAt();
  }

  /** The last characters of {@link #ORGANISATION}'s suffixes: one ends every match. */
  private static final String SUFFIX_ENDS = "司团厂行部社会校院心所局府处组";

  /** Most role words stand before a person: no suffix, no attempt at the pattern's lazy runs. */
  private static boolean endsASuffixWithin(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (SUFFIX_ENDS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DESCRIBED = Pattern.compile("\\p{IsHan}{2,4}系(?![统列])");

  /**
   * An item of a list of names whose first character is no known surname (杭国强 in 证人陈晨、杭国强、陶金贵): the
   * 2–4 characters up to the next delimiter, if they are no ordinary word.
   */
  static String listItem(PersonFinder f, int pos) {
    int end = pos;
    while (end < f.text.length()
        && end - pos <= 4
        && Lexicon.isHan(f.text.charAt(end))
        && "、，,。；的及和与（(等".indexOf(f.text.charAt(end)) < 0) {
      end++;
    }
    if (end - pos < 2
        || end - pos > 4
        || end >= f.text.length()
        || "、，,。；的及和与（(等".indexOf(f.text.charAt(end)) < 0) {
      return null;
    }
    String item = f.text.substring(pos, end);
    // 代理人郜某、被申请人的…: a role word opens the next item, it is nobody's name
    boolean role =
        Lexicon.STRONG_ROLES.stream().anyMatch(item::startsWith)
            || Lexicon.WEAK_ROLES.stream().anyMatch(r -> r.length() >= 2 && item.startsWith(r));
    return role
            || Vocabulary.commonWord(item)
            || Vocabulary.commonWord(item.substring(0, 2))
            || Lexicon.NOT_NAMES.contains(item)
        ? null
        : item;
  }

  /**
   * 其丈夫德明的意见, 我爸爸建华的征信, 嘎查长那顺证实: relatives, neighbours and village heads are often named by their
   * given name alone (or a Mongolian or Tibetan name, which has no surname). Right after a kinship
   * or occupation word, two characters that are no dictionary word, or a run of name elements,
   * closed by what follows a person (的, 证实, 出具…), are that person's name.
   */
  static String givenNameOnly(PersonFinder f, int pos) {
    String text = f.text;
    String run = withUnknownTail(text, MinorityNames.at(text, pos), pos);
    String name =
        run != null && run.length() >= 2
            ? run
            : pos + 2 <= text.length() ? text.substring(pos, pos + 2) : null;
    if (name == null
        || !name.chars().allMatch(c -> Lexicon.isHan((char) c))
        || "他她我你其该此本这之某".indexOf(name.charAt(0)) >= 0
        || name.contains("某")
        || Lexicon.AFTER_NAME.contains(name.charAt(1))
        || Lexicon.NOT_NAMES.contains(name)
        || run == null && Vocabulary.plainWord(name)
        || VerbNicknames.verbPhrase(text, name, pos, pos + name.length())
        || !closedAsPerson(text, pos + name.length())) {
      return null;
    }
    return name;
  }

  /**
   * 宝音德力格尔证实: a run of known elements that a person's closer does not end goes on with elements the
   * stock lacks; up to four more name characters that no closer, word or delimiter interrupts,
   * closed as a person's, are the rest of the name.
   */
  private static String withUnknownTail(String text, String run, int pos) {
    if (run == null || closedAsPerson(text, pos + run.length())) {
      return run;
    }
    int end = pos + run.length();
    for (int k = end;
        k < text.length() && k < end + 4 && NameBoundary.nameChar(text.charAt(k));
        k++) {
      if (k + 2 <= text.length() && Vocabulary.commonWord(text.substring(k, k + 2))) {
        return run;
      }
      if (k + 1 - end >= 2 && closedAsPerson(text, k + 1)) {
        return text.substring(pos, k + 1);
      }
    }
    return run;
  }

  /** 从买家平措处扣押: 处 after a name is the place of the person (从X处, 在X处). */
  private static final Pattern CLOSES_PERSON =
      Pattern.compile("的(?!话|事|钱|时|地|东西)|处|证实|证言|陈述|出具|签字|签名|作证|说|称|表示|到场|在场|陪同|同意|[，,。；;、（(]");

  private static boolean closedAsPerson(String text, int end) {
    return end < text.length()
        && CLOSES_PERSON.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * 业务员高鹏在接受询问时…: a two-character name with a weak surname (高, 文, 安) said once is still a name
   * right after a relation word when it is no word and a person's clause goes on after it.
   */
  private static boolean weakSurnameClosed(PersonFinder f, String name, int pos) {
    return name.length() == 2
        && Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
        && !Vocabulary.commonWord(name)
        && !Vocabulary.dictionaryWord(name)
        && f.text.startsWith(name, pos)
        && (closedAsPerson(f.text, pos + 2) || f.text.startsWith("在", pos + 2));
  }

  private static final Pattern TESTIFIES =
      Pattern.compile(
          "(?:亦|也|均|都)?(?:证实|陈述|供述|证称|辩称|作证|(?:的|之)?证言|出具|签字|签名|发现|在(?:本院|我院|公安机关)?(?:接受)?询问时)"
              // 其妻国秀兰代为提起, 其子嵇小满现年二十六岁, 丈夫赵有才已于2015年去世, 邻居白水生反映: what
              // only a person does or is, as the subject of the clause
              + "|(?:虽|亦|也)?(?:证实|反映|代为|在场|现年|已于[0-9０-９]|已故|去世|病故|患[^者病儿有])");

  /**
   * 主治医师范文明证实, 业务员高大伟证实: a surname and two more characters right after a relation word and right
   * before what only a witness or a party does (证实, 陈述, 的证言…) are a name, though their first two
   * characters make a word (范文, 高大) that would otherwise ask for a second occurrence.
   */
  static boolean testifies(String text, int at) {
    return TESTIFIES.matcher(text).region(at, text.length()).lookingAt();
  }

  private static boolean testifiesRightAfter(PersonFinder f, String name, int pos) {
    return name.length() == 3
        // a rarer or minority surname (玄, 纳) only where it opens no word (满意的)
        && (Lexicon.isSurname(name.charAt(0))
            // 邻居拓学军亦证实: a surname no list has (拓, 昝) opens no word either
            || !Vocabulary.commonWord(name.substring(0, 2))
                && (WordNames.declaredSurname(name.charAt(0))
                    || NameBoundary.nameChar(name.charAt(0))))
        // 有 opens given names of the countryside (有才, 有珍, 有根) though it is no name character
        && (NameBoundary.nameChar(name.charAt(1)) || name.charAt(1) == '有')
        && NameBoundary.nameChar(name.charAt(2))
        && !Vocabulary.commonWord(name)
        && f.text.startsWith(name, pos)
        && TESTIFIES.matcher(f.text).region(pos + 3, f.text.length()).lookingAt();
  }

  /** Length of a role or kinship word at pos (之媳, 子, 证人…), or 0: the head of the next list item. */
  static int roleAt(PersonFinder f, int pos) {
    for (List<String> roles : List.of(Lexicon.STRONG_ROLES, Lexicon.WEAK_ROLES)) {
      for (String role : roles) {
        if (f.text.startsWith(role, pos)) {
          return role.length();
        }
      }
    }
    return pos < f.text.length() && KINSHIP.indexOf(f.text.charAt(pos)) >= 0 ? 1 : 0;
  }

  /**
   * Right after a kinship word (其母, 之父) three characters led by a common, unambiguous surname are
   * the relative's full name even when the surname and the next character make a word (包金花, 包金).
   */
  private static boolean surnameLedFullName(String name) {
    return name.length() == 3
        && name.chars().allMatch(c -> Lexicon.isHan((char) c))
        && Lexicon.COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0
        && !Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
        && !Vocabulary.dictionaryWord(name);
  }

  /**
   * Names after weak words must not be ordinary words, and weak surnames need a second occurrence.
   */
  static boolean strongEnough(PersonFinder f, String name) {
    if (!Lexicon.isHan(name.charAt(0)) || name.contains("·")) {
      return true;
    }
    if (Lexicon.WEAK_SURNAMES.contains(name.charAt(0))
        && f.boundary.count(name) < 2
        && (name.length() < 3
            || Vocabulary.commonWord(name.substring(0, 2))
            || Vocabulary.commonWord(name.substring(1)))) {
      return false;
    }
    return !Vocabulary.dictionaryWord(name.substring(0, 2)) || f.boundary.count(name) >= 2;
  }
}
