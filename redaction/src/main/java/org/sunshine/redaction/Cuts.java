package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Line breaks an author never makes, whatever the width of the line before: inside a number that
 * only the two lines together make whole (185-7714-023|6、), inside an open bracket (（住|所地…）), and
 * between a role word's surname and the given name (证人庞|春燕). Part of {@link Layout}: the lines are
 * joined though the first was not filled to the page width.
 */
final class Cuts {

  private Cuts() {}

  /**
   * The digits before the break (through single dashes or spaces: 185-7714-023) and the digits that
   * open the next line make a phone, ID or card length that the digits before alone do not.
   */
  static boolean numberOfKnownLength(String text, Layout.Line before, Layout.Line after) {
    int digits = digitsBefore(text, before.contentStart(), before.contentEnd());
    if (onlyDigits(text, before.contentStart(), before.contentEnd())) {
      // 1|3538751719|4　next row: a line of digits only is the tail of a number cut on the line
      // before it; that number's digits count too, and a complete one takes nothing from the next
      // line
      int j = before.start() - 1;
      while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      while (j >= 0 && Layout.isDigit(text.charAt(j))) {
        digits++;
        j--;
      }
    }
    int next = digitsOpening(text, after.contentStart(), after.contentEnd());
    return digits >= 5
            && !Layout.NUMBER_LENGTHS.contains(digits)
            && Layout.NUMBER_LENGTHS.contains(digits + next)
        || digits == 15 && next == 3 && idCompletedBy(text, before, after);
  }

  /**
   * 522630199108083|027: fifteen digits are an old ID number, or the first fifteen of a new one
   * whose last three open the next line — the eighteen together a valid ID number.
   */
  private static boolean idCompletedBy(String text, Layout.Line before, Layout.Line after) {
    String above = numberBefore(text, before.contentStart(), before.contentEnd());
    String below = Folded.fold(text.substring(after.contentStart(), after.contentStart() + 3));
    return Checksums.validResidentId(above + below);
  }

  /**
   * The digits of the number a line ends in, counted through single dashes or spaces between digits
   * (185-7714-023, 6222 0212 3456 7890 12).
   */
  /** The span holds digits and single dashes or spaces between them, nothing else. */
  private static boolean onlyDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Layout.isDigit(c) && c != '-' && c != ' ') {
        return false;
      }
    }
    return start < end;
  }

  /**
   * The digits of the number a line opens with, counted through single dashes or spaces between
   * digits (6217 0018 3|005 9041 385: the card's cut goes on in groups, as it began).
   */
  private static int digitsOpening(String text, int start, int end) {
    int digits = 0;
    for (int k = start; k < end; k++) {
      if (Layout.isDigit(text.charAt(k))) {
        digits++;
      } else if (!(k > start && k + 1 < end && groupSeparator(text, k))) {
        break;
      }
    }
    return digits;
  }

  static int digitsBefore(String text, int start, int end) {
    return numberBefore(text, start, end).length();
  }

  /** The digits of that number, separators taken out. */
  static String numberBefore(String text, int start, int end) {
    StringBuilder digits = new StringBuilder();
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (Layout.isDigit(c)) {
        digits.append(c);
      } else if (!((c == '-' || c == ' ')
          && i > start
          && i < end - 1
          && Layout.isDigit(text.charAt(i - 1))
          && Layout.isDigit(text.charAt(i + 1)))) {
        break;
      }
    }
    return Folded.fold(digits.reverse().toString());
  }

  /**
   * A number of a known length that is whole by itself: a valid ID number, a card that passes the
   * Luhn check, a mobile number.
   */
  static boolean wholeIdentifier(String digits) {
    return switch (digits.length()) {
      case 18 -> Checksums.validResidentId(digits);
      case 11 -> digits.matches("1[3-9]\\d{9}");
      case 16, 17, 19 -> Checksums.luhn(digits);
      default -> true;
    };
  }

  /**
   * The line ends inside a run of letters and digits that started with a letter or had five or more
   * digits (wxid_k2m9|3）, 1328764|590）): an identifier, which no list item number continues.
   */
  static boolean identifierBefore(String text, int end) {
    int start = end;
    int length = 0;
    while (start > 0) {
      char c = text.charAt(start - 1);
      if (Layout.isLatin(c) || Layout.isDigit(c) || c == '_') {
        length++;
      } else if (!groupSeparator(text, start - 1)) {
        break;
      }
      start--;
    }
    // a whole phone or ID number (a table row's last cell) is complete, not cut
    return length >= 5 && !Layout.NUMBER_LENGTHS.contains(length)
        || start < end && Layout.isLatin(text.charAt(start));
  }

  /** A dash or a space between two digits groups a number (185-7714-023|6): it does not end it. */
  private static boolean groupSeparator(String text, int i) {
    char c = text.charAt(i);
    return (c == '-' || c == ' ')
        && i > 0
        && i + 1 < text.length()
        && Layout.isDigit(text.charAt(i - 1))
        && Layout.isDigit(text.charAt(i + 1));
  }

  private static final Pattern NUMBER_CLOSING = Pattern.compile("\\d{1,3}[）)]");

  /**
   * 联系电话（053|9）8317062: a number and a closing bracket under a line that left a bracket open close
   * that bracket; they number no item.
   */
  static boolean closesBracket(String text, Layout.Line before, Layout.Line after) {
    return NUMBER_CLOSING.matcher(text).region(after.contentStart(), after.contentEnd()).lookingAt()
        && Cuts.openBracket(text, before);
  }

  /** The line leaves a bracket open: what it holds goes on on the next line. */
  static boolean openBracket(String text, Layout.Line line) {
    for (int i = line.contentEnd() - 1; i >= line.contentStart(); i--) {
      char c = text.charAt(i);
      if (c == '）' || c == ')') {
        return false;
      }
      if (c == '（' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /**
   * 证人庞|春燕, 委托诉讼代理人（近亲属）：葛|东明: the line ends with a person's role word, its annotation and colon if
   * any, and a surname; the given name is next.
   */
  static boolean nameAfterRole(String text, Layout.Line before, Layout.Line after) {
    int last = before.contentEnd() - 1;
    if (last <= before.contentStart()
        || !Lexicon.isSurname(text.charAt(last))
        || !Lexicon.isHan(text.charAt(after.contentStart()))) {
      return false;
    }
    int roleEnd = roleEnd(text, before.contentStart(), last);
    for (List<String> roles : List.of(Lexicon.STRONG_ROLES, Lexicon.WEAK_ROLES)) {
      for (String role : roles) {
        if (text.startsWith(role, roleEnd - role.length())
            && roleEnd - role.length() >= before.contentStart()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the role word before a surname at {@code surname} ends: before a colon and a bracket. */
  private static int roleEnd(String text, int lineStart, int surname) {
    int end = surname;
    if (end > lineStart && "：:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > lineStart && "）)".indexOf(text.charAt(end - 1)) >= 0) {
      int open = end - 2;
      while (open >= lineStart && end - open <= 24 && "（(".indexOf(text.charAt(open)) < 0) {
        open--;
      }
      if (open >= lineStart && end - open <= 24) {
        end = open;
      }
    }
    return end;
  }
}
