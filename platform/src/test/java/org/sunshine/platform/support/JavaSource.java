package org.sunshine.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Java source file taken apart by a small lexer: its code without comments and without the
 * contents of string and character literals, and its strings. Enough for source rules (which SQL
 * names which table, which names are written fully qualified), not a parser.
 */
public final class JavaSource {

  private static final Pattern CONCATENATION = Pattern.compile("\\s*\\+\\s*");

  private final String text;
  private final StringBuilder code;
  private final List<String> strings = new ArrayList<>();
  private int lastStringEnd = -1;

  private JavaSource(String text) {
    this.text = text;
    this.code = new StringBuilder(text.length());
    lex();
  }

  public static JavaSource read(Path file) {
    try {
      return new JavaSource(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JavaSource of(String text) {
    return new JavaSource(text);
  }

  /**
   * The code with comments and the contents of literals blanked out (quotes kept); every character
   * stays at its place, so lines and columns are those of the file.
   */
  public String code() {
    return code.toString();
  }

  /**
   * The strings (literals and text blocks, escapes resolved); literals joined by {@code +} are one
   * string, so SQL split over several lines reads whole.
   */
  public List<String> strings() {
    return List.copyOf(strings);
  }

  private void lex() {
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("//", i)) {
        i = blank(i, lineEnd(i));
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = blank(i, end < 0 ? text.length() : end + 2);
      } else if (text.startsWith("\"\"\"", i)) {
        i = literal(i, 3, textBlockEnd(i + 3), true);
      } else if (text.charAt(i) == '"') {
        i = literal(i, 1, quotedEnd(i + 1, '"'), true);
      } else if (text.charAt(i) == '\'') {
        i = literal(i, 1, quotedEnd(i + 1, '\''), false);
      } else {
        code.append(text.charAt(i++));
      }
    }
  }

  /** A literal from start, its delimiter {@code quote} characters long, its content up to end. */
  private int literal(int start, int quote, int end, boolean isString) {
    int close = Math.min(end + quote, text.length());
    code.append(text, start, start + quote);
    blank(start + quote, end);
    code.append(text, end, close);
    if (isString) {
      String raw = text.substring(start + quote, end);
      String content = unescape(quote == 3 ? textBlock(raw) : raw);
      boolean joined =
          lastStringEnd >= 0
              && CONCATENATION.matcher(code.substring(lastStringEnd, start)).matches();
      if (joined) {
        strings.set(strings.size() - 1, strings.get(strings.size() - 1) + content);
      } else {
        strings.add(content);
      }
      lastStringEnd = close;
    }
    return close;
  }

  /** A text block's content as Java reads it: from the line after the quotes, indentation off. */
  private static String textBlock(String raw) {
    return raw.substring(raw.indexOf('\n') + 1).stripIndent();
  }

  private int blank(int start, int end) {
    for (int i = start; i < end; i++) {
      code.append(text.charAt(i) == '\n' ? '\n' : ' ');
    }
    return end;
  }

  private int lineEnd(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private int quotedEnd(int from, char quote) {
    int i = from;
    while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, text.length());
  }

  private int textBlockEnd(int from) {
    int i = from;
    while (i < text.length() && !text.startsWith("\"\"\"", i)) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, text.length());
  }

  private static String unescape(String literal) {
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\' || i + 1 == literal.length()) {
        out.append(c);
        continue;
      }
      char next = literal.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 's' -> out.append(' ');
        case '\n' -> {} // a text block's line continuation
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
