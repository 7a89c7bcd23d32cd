package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The characters a match can start with, read from a pattern's source, never too few. */
class FirstCharsTest {

  private static String first(String regex) {
    BitSet b = FirstChars.of(Pattern.compile(regex));
    if (b == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    b.stream().forEach(c -> s.append((char) c));
    return s.toString();
  }

  @Test
  void theFirstCharactersOfAnAlternationOfWordsAreTheWordsFirstCharacters() {
    assertThat(first("涉嫌|构成|(?<!侵)犯|以")).isEqualTo("以构涉犯");
    assertThat(first("(?:住址|现住)[：: ]*")).isEqualTo("住现");
  }

  @Test
  void aLookbehindAndAnOptionalPrefixAreLookedThrough() {
    assertThat(first("(?<=[，,])\\s*(\\d{1,3})岁")).isEqualTo("\t\n\u000B\f\r 0123456789");
    assertThat(first("(?:\\+?86[ \\-]?)?1[3-9]\\d")).isEqualTo("+18");
    assertThat(first("(?m)^[ \\t]*被告人")).isEqualTo("\t 被");
  }

  @Test
  void whatMayStartWithAnyCharacterOrMatchNothingIsScannedInFull() {
    assertThat(first("\\p{IsHan}{2,4}[（(]")).isNull();
    assertThat(first("[^，。]{1,3}号")).isNull();
    assertThat(first("(?:系|是)?\\p{IsHan}{0,3}学生")).isNull();
    assertThat(first("王?")).isNull();
    assertThat(first("a.b|.")).isNull();
    assertThat(first("\\x41")).isNull();
  }

  @Test
  void aScanWithTheDerivedCharactersFindsWhatAFullScanFinds() {
    Pattern p = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([.\\-/])(\\d{1,2})\\2(\\d{1,2})");
    String text = "生于1985.3.12，2001-07-04到 11990.1.2及 2020/1/1。";
    Scan scan = new Scan(p, text);
    StringBuilder found = new StringBuilder();
    while (scan.find()) {
      found.append(scan.matcher().group()).append(' ');
    }
    StringBuilder expected = new StringBuilder();
    var m = p.matcher(text);
    while (m.find()) {
      expected.append(m.group()).append(' ');
    }
    assertThat(found.toString()).isEqualTo(expected.toString()).isNotBlank();
  }
}
