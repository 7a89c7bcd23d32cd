package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose minority a sentence states, for {@link RefusalCheck}: minor-offender wording (系未成年人,
 * 作案时未满十八周岁) refuses a document only when it is about this document's offender, not a victim, a
 * witness, a co-offender handled elsewhere, the customers the offender served, or a finding the
 * protest rejects.
 */
final class MinorWording {

  private MinorWording() {}

  /** An accused's participant line (被告人X，男，…): what it says is about that accused. */
  private static final Pattern PARTICIPANT_LINE =
      Pattern.compile("^[ \\t　]*" + Accused.ROLE + "[：:]?\\s*[\\p{IsHan}·]{2,16}?[，,（(]\\s*[男女]");

  /**
   * Someone else than this document's offenders: a victim, a witness, a co-offender elsewhere, or a
   * civil party who claims (原告系未成年人 in a 支持起诉意见书: the injured child, never an offender).
   */
  private static final Pattern SOMEONE_ELSE = Pattern.compile("被害人|受害人|证人|被害单位|同案人|同案犯|原告|申请执行人");

  private static final Pattern HANDLED_ELSEWHERE = Accused.HANDLED_ELSEWHERE;

  private static final Pattern ACCUSED_WORD = Pattern.compile(Accused.ROLE);

  /**
   * Minor-offender wording counts when it is about an offender of this document: the nearest role
   * word before it in its sentence is not a victim's, a witness's or a co-offender's
   * (被害人王某（系未成年人）), and what it says is not closed by 另案处理 (窦某（作案时未满十八周岁，另案处理）), unless the policy
   * refuses minor co-offenders too. The juvenile procedure's own words (附条件不起诉, 合适成年人) always
   * count.
   */
  static boolean aboutThisDocumentsOffender(String text, int at, boolean coOffenders) {
    String word = text.substring(at, Math.min(text.length(), at + 6));
    if (word.startsWith("附条件不起诉") || word.startsWith("合适成年人")) {
      return true;
    }
    if (word.startsWith("系未成年") && OTHERS_ARE_MINORS.matcher(clauseBefore(text, at)).find()) {
      return false; // 明知部分上网人员系未成年人: the minors are those the offender served or harmed
    }
    int sentence = at;
    while (sentence > 0 && "。；;\n".indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    String before = text.substring(sentence, at);
    int victim = lastMatch(SOMEONE_ELSE, before);
    int accused = lastMatch(ACCUSED_WORD, before);
    boolean coOffender = before.length() > 0 && lastMatch(HANDLED_ELSEWHERE, before) > accused;
    int end = at;
    while (end < text.length() && end - at < 40 && "。；;\n）)".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    coOffender |= HANDLED_ELSEWHERE.matcher(text.substring(at, end)).find();
    if (refuted(text, at)) {
      return false; // 原判认定其犯罪时未满十八周岁，系认定事实错误：the claim the protest corrects
    }
    int line = at;
    while (line > 0 && text.charAt(line - 1) != '\n') {
      line--;
    }
    if (PARTICIPANT_LINE.matcher(text.substring(line, at)).find()) {
      victim = -1; // 被告人X，男，证人李某之子，作案时未满十八周岁: the line is about X whatever it names
    }
    if (victim > accused && !coOffender) {
      return false; // a victim or witness
    }
    return coOffenders || !coOffender;
  }

  /**
   * Before 系未成年人, what makes the minors someone the offender knew to be minors (明知…) or the
   * offender's customers (上网人员, 顾客); never a group that may be the accused (上述人员, 其中2人).
   */
  private static final Pattern OTHERS_ARE_MINORS =
      Pattern.compile(
          "(?:明知|知道|知晓|应当知道|应知)[^，,。；;]{0,16}$" + "|(?:顾客|消费者|上网人员|上网者|用户|玩家|网民|乘客|观众|买家|学员)$");

  private static String clauseBefore(String text, int at) {
    int start = at;
    while (start > 0 && at - start < 24 && "，,。；;\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return text.substring(start, at);
  }

  /** The claim is the original judgment's (原判认定…), in the clause the wording stands in. */
  private static final Pattern JUDGMENTS_FINDING =
      Pattern.compile("(?:原判|原审|一审|原审判决|一审判决|判决)[^，,。；;]{0,4}认定[^，,。；;]{0,12}$");

  /** …and the protest says that finding is wrong, in the same or the next clause. */
  private static final Pattern WRONGLY_FOUND =
      Pattern.compile("^[^。；;]{0,6}(?:[，,][^，,。；;]{0,12})?(?:认定)?(?:事实)?(?:认定)?(?:错误|有误)");

  /**
   * Said, right before it and in the same clause, not to apply (不应适用《刑法》第十七条第四款关于未成年人犯罪…) or not to
   * be (并非未成年人).
   */
  private static final Pattern DENIED =
      Pattern.compile("(?:不应|不得|不能|不宜|无需)适用[^，,。；;]{0,32}$|(?:并非|不是|不属于?)$");

  /**
   * Minor wording that is no finding about this offender: the original judgment's finding that the
   * protest calls wrong (原判认定其犯罪时未满十八周岁，系认定事实错误), or a provision said not to apply. Read narrowly,
   * clause by clause, since wrongly discarding it publishes a minor's case.
   */
  private static boolean refuted(String text, int at) {
    String before = text.substring(Math.max(0, at - 40), at);
    if (DENIED.matcher(before).find()) {
      return true;
    }
    int matchEnd = at;
    while (matchEnd < text.length()
        && matchEnd - at < 16
        && "，,。；;".indexOf(text.charAt(matchEnd)) < 0) {
      matchEnd++;
    }
    String after = text.substring(matchEnd, Math.min(text.length(), matchEnd + 30));
    return JUDGMENTS_FINDING.matcher(before).find() && WRONGLY_FOUND.matcher(after).find();
  }

  /** The court below as the subject of a finding (一审法院…认定, 原审法院采信…认定), in the sentence. */
  private static final Pattern COURT_BELOW_FOUND =
      Pattern.compile("(?:原判|原审|一审|原审法院|一审法院|原审判决|一审判决)[^。；;]{0,80}认定[^，,。；;]{0,12}$");

  /** …whose finding the document rejects in the same sentence (不应采信, 相矛盾, 系认定错误). */
  private static final Pattern REJECTED = Pattern.compile("不应采信|不予采信|不能采信|不能成立|相矛盾|与事实不符|认定错误|系错误");

  /**
   * 一审法院采信…学籍登记表，认定杨某作案时系未成年人…，该学籍资料…与户籍登记相矛盾，不应采信: a protest that reports the court below finding
   * the offender a minor and rejects that finding in the same sentence says the offender was an
   * adult. Read only when the document gives the offender's birth date, so the dates, which {@link
   * RefusalCheck#check} compares first, decide.
   */
  static boolean courtBelowRejected(String text, int at) {
    int sentence = at;
    while (sentence > 0 && at - sentence < 200 && "。；;\n".indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    int end = at;
    while (end < text.length() && end - at < 200 && "。；;\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return COURT_BELOW_FOUND.matcher(text.substring(sentence, at)).find()
        && REJECTED.matcher(text.substring(at, end)).find();
  }

  private static int lastMatch(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
