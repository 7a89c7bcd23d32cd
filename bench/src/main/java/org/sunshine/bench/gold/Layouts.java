package org.sunshine.bench.gold;

import java.util.Random;

/**
 * How the text reaches the engine: {@code clean} as written; {@code pdf} as a PDF extractor gives
 * it (hard wraps every 18–40 characters, page footers and lone page numbers mid-paragraph,
 * full-width digits now and then, stray spaces between Chinese characters); {@code scan} as OCR
 * gives it (the same, with more stray spaces, 〇 read as O or 0 in Chinese dates left alone, and
 * ideographic spaces).
 */
final class Layouts {

  private Layouts() {}

  static String laidOut(String clean, String layout, Random random) {
    if (layout.equals("clean")) {
      return clean;
    }
    boolean scan = layout.equals("scan");
    int width = 18 + random.nextInt(23);
    StringBuilder out = new StringBuilder();
    int lines = 0;
    int page = 1;
    int pages = 3 + random.nextInt(6);
    int perPage = 10 + random.nextInt(8);
    for (String paragraph : clean.split("\n")) {
      for (int i = 0; i < paragraph.length(); i += width) {
        String line = paragraph.substring(i, Math.min(paragraph.length(), i + width));
        out.append(strayed(line, scan ? 25 : 60, random)).append('\n');
        if (++lines % perPage == 0) {
          out.append(footer(page++, pages, random));
        }
      }
    }
    return out.toString();
  }

  private static String footer(int page, int pages, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "\n第 " + page + " 页 共 " + pages + " 页\n\n";
      case 1 -> "- " + page + " -\n";
      case 2 -> page + "/" + pages + "\n";
      default -> page + "\n";
    };
  }

  /** Full-width digits now and then, a stray space between two Chinese characters now and then. */
  private static String strayed(String line, int spaceOdds, Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9' && random.nextInt(12) == 0) {
        s.append((char) (c - '0' + '０'));
      } else {
        s.append(c);
      }
      if (i + 1 < line.length()
          && isHan(c)
          && isHan(line.charAt(i + 1))
          && random.nextInt(spaceOdds) == 0) {
        s.append(random.nextInt(3) == 0 ? '　' : ' ');
      }
    }
    return s.toString();
  }

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
