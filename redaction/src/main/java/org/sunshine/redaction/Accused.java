package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offender of this document as its participant paragraph introduces them (被告人X，男，…出生) or as the
 * case record names them: the name, when it can be read, and the birth date (written, or from the
 * ID number), taken as late as the text allows so the person is taken as young as possible.
 */
record Accused(String name, LocalDate birth) {

  static final String ROLE = "(?:原审被告人|原审上诉人|原案被不起诉人|被不起诉人|犯罪嫌疑人|被告人|上诉人|被申诉人)";

  /**
   * The participant paragraph: its line, and the next when a wrap cut the sentence (…2005年9月14日出|生，
   * 公民身份号码…): a line not ended by 。 or ； before one not indented that opens with no role word (the
   * next offender's own line).
   */
  static final Pattern LINE =
      Pattern.compile(
          "(?m)^[ \\t　]*" + ROLE + "(?:[^\\n]|(?<![。；;])\\n(?![ \\t　\\n]|" + ROLE + ")){0,200}");

  /** The name right after the role word, up to the first delimiter (被告人热依拉·阿不力孜，女). */
  private static final Pattern NAME =
      Pattern.compile("^[ \\t　]*" + ROLE + "[：:]?\\s*([\\p{IsHan}·]{2,16}?)(?=[，,（(\\s]|$)");

  /**
   * A birth date to the day, the month or the year (2008年1月出生): the latest day it can mean is
   * taken.
   */
  static final Pattern BORN =
      Pattern.compile(
          "(\\d{4})\\s*[年.\\-/]\\s*(?:(\\d{1,2})\\s*[月.\\-/]\\s*(?:(\\d{1,2})\\s*日?)?)?\\s*(?:出\\s*生|生)");

  private static final Pattern ID_BIRTH =
      Pattern.compile(
          "(?<!\\d)\\d{6}((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?!\\d)");

  static final Pattern HANDLED_ELSEWHERE = Pattern.compile("另案处理|另案|另行处理|已判决|已判刑|同案人|同案犯");

  /**
   * The accused of the document's participant paragraphs and of the case record. A paragraph of
   * someone handled in another case (犯罪嫌疑人王某（另案处理）) counts only when the policy refuses minor
   * co-offenders.
   */
  static List<Accused> of(String text, List<KnownParticipant> known, boolean coOffenders) {
    List<Accused> accused = new ArrayList<>();
    Scan lineScan = new Scan(LINE, text);
    Matcher line = lineScan.matcher();
    while (lineScan.find()) {
      if (!coOffenders && handledElsewhere(line.group())) {
        continue;
      }
      LocalDate birth = birthIn(line.group());
      if (birth != null) {
        Matcher name = NAME.matcher(line.group());
        accused.add(new Accused(name.find() ? name.group(1) : null, birth));
      }
    }
    if (text.contains("刑事赔偿")) {
      claimants(text, accused);
    }
    for (KnownParticipant k : known) {
      if (k.birthDate() != null
          && k.role() != null
          && k.role().matches(".*(被告人|被不起诉人|犯罪嫌疑人|DEFENDANT|SUSPECT|NON_PROSECUTED).*")) {
        accused.add(new Accused(k.name(), k.birthDate()));
      }
    }
    return accused;
  }

  /**
   * The claimant of a criminal compensation decision (赔偿请求人X，男，2006年7月3日出生) is the person the state
   * detained, arrested or convicted: a suspect of the facts the decision recounts, whose age at
   * them decides as an accused's does. A relative claiming for them (赔偿请求人Y，系X之母) has their own,
   * older birth date.
   */
  private static void claimants(String text, List<Accused> accused) {
    Matcher line = CLAIMANT_LINE.matcher(text);
    while (line.find()) {
      Matcher name = CLAIMANT_NAME.matcher(line.group());
      boolean named = name.find();
      int from = named ? name.end(1) : 0;
      LocalDate birth = birthBefore(line.group().substring(0, anotherPerson(line.group(), from)));
      if (birth != null) {
        accused.add(new Accused(named ? name.group(1) : null, birth));
      }
    }
  }

  private static final Pattern CLAIMANT_LINE = Pattern.compile("(?m)^[ \\t　]*赔偿请求人[^\\n]{0,200}");

  private static final Pattern CLAIMANT_NAME =
      Pattern.compile("^[ \\t　]*赔偿请求人[：:]?\\s*([\\p{IsHan}·]{2,16}?)(?=[，,（(\\s]|$)");

  /** Every name an accused paragraph introduces, handled elsewhere or not. */
  static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    Scan lineScan = new Scan(LINE, text);
    Matcher line = lineScan.matcher();
    while (lineScan.find()) {
      Matcher name = NAME.matcher(line.group());
      if (name.find()) {
        names.add(name.group(1));
      }
    }
    return names;
  }

  /**
   * The accused's own birth date: one that stands after another person is introduced in the line
   * (被告人X与被害人Y之子Z（2014年5月9日出生）) is that person's. The annotation right after the accused's name is
   * still theirs (被告人X（系被害人之子，2006年1月出生）).
   */
  private static LocalDate birthIn(String line) {
    int from = 0;
    Matcher name = NAME.matcher(line);
    if (name.find()) {
      Matcher inName = SOMEONE_ELSE.matcher(line).region(name.start(1), name.end(1));
      if (inName.find()) {
        // 被告人柯某与被害人冉某（男，2009年…出生）: the run read as a name goes on to another person, whose
        // birth date follows
        return birthBefore(line.substring(0, inName.start()));
      }
      from = name.end(1);
      if (from < line.length() && (line.charAt(from) == '（' || line.charAt(from) == '(')) {
        int close = line.indexOf(line.charAt(from) == '（' ? '）' : ')', from);
        from = close < 0 ? line.length() : close;
      }
    }
    return birthBefore(line.substring(0, anotherPerson(line, from)));
  }

  static LocalDate birthBefore(String own) {
    Matcher born = BORN.matcher(own);
    if (born.find()) {
      return OffenceDates.latest(born.group(1), born.group(2), born.group(3));
    }
    Matcher id = ID_BIRTH.matcher(Folded.fold(own).replaceAll("(?<=\\d)[ \\-](?=\\d)", ""));
    return id.find() ? OffenceDates.date(id.group(1), id.group(2), id.group(3)) : null;
  }

  /**
   * Where the line introduces another person: a kinship or role word, unless it stands in a clause
   * that annotates the accused (系被害人王某某之弟, 是证人李某之子), which says who they are, not who someone else
   * is.
   */
  private static int anotherPerson(String line, int from) {
    Matcher other = SOMEONE_ELSE.matcher(line);
    int at = from;
    while (other.find(at)) {
      int clause = other.start();
      while (clause > 0 && "，,。；;（(）)".indexOf(line.charAt(clause - 1)) < 0) {
        clause--;
      }
      char first = clause < line.length() ? line.charAt(clause) : ' ';
      if (first != '系' && first != '是') {
        return other.start();
      }
      at = other.end();
    }
    return line.length();
  }

  /** Words that bring another person into an accused's line. */
  private static final Pattern SOMEONE_ELSE =
      Pattern.compile(
          "被害人|受害人|证人|所生|之[子女妻夫父母兄弟姐妹]|其[子女妻夫父母兄弟姐妹](?!女)|儿子|女儿|妻子|丈夫|父亲|母亲|继子|继女|养子|养女");

  static boolean handledElsewhere(String accusedLine) {
    return HANDLED_ELSEWHERE
        .matcher(accusedLine.substring(0, Math.min(40, accusedLine.length())))
        .find();
  }
}
