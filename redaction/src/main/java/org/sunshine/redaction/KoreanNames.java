package org.sunshine.redaction;

/**
 * Korean-Chinese names whose surname no Han list has (玄成浩, 南俊熙, 千美淑: minority-surnames.txt's 朝鲜
 * surnames): the surname with two syllables of the Korean given-name stock, one of them a syllable
 * Han given names hardly use, closed as a name. The stock makes 南京市, 太平洋 or 延长线 no name. Part of
 * {@link PersonFinder}.
 */
final class KoreanNames {

  private KoreanNames() {}

  private static final String SURNAMES = "玄南千片太延表奉";

  /** Syllables of Korean given names. */
  private static final String STOCK = "哲洙浩熙俊锡淑勋镐珠姬顺贞旭赫焕昊炫奎植燮铉宇敏英玉花春成永光日明龙虎吉美善惠景贤载允在镇基範钟秀泰雄";

  /** Of them, those Han given names hardly use: one must be in the name. */
  private static final String DISTINCTIVE = "哲洙浩熙俊锡淑勋镐珠姬顺贞旭赫焕昊炫奎植燮铉";

  static void find(PersonFinder f) {
    String text = f.text;
    for (int i = 0; i < SURNAMES.length(); i++) {
      char surname = SURNAMES.charAt(i);
      for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
        if (at + 3 <= text.length() && named(text, at)) {
          f.add(text.substring(at, at + 3), null, at, true);
        }
      }
    }
  }

  private static boolean named(String text, int at) {
    char a = text.charAt(at + 1);
    char b = text.charAt(at + 2);
    boolean stock = STOCK.indexOf(a) >= 0 && STOCK.indexOf(b) >= 0;
    boolean distinctive = DISTINCTIVE.indexOf(a) >= 0 || DISTINCTIVE.indexOf(b) >= 0;
    // 南俊熙出庭, 千英哲三人: the name ends where the stock does (a fourth syllable makes no name)
    int end = at + 3;
    boolean closed = end >= text.length() || STOCK.indexOf(text.charAt(end)) < 0;
    return stock && distinctive && closed;
  }
}
