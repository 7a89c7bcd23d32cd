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
  void aLookbehindOfWordsOrOfAClassSaysWhatMustStandBeforeAMatch() {
    BitSet words = Openings.preceding(Pattern.compile("(?<=涉嫌|(?<!侵)犯|构成)\\p{IsHan}{2,9}罪"));
    assertThat(words.stream().mapToObj(c -> String.valueOf((char) c)))
        .containsExactly("嫌", "成", "犯");
    BitSet marks = Openings.preceding(Pattern.compile("(?<=[，。\\n])(\\p{IsHan}{3})(?=于)"));
    assertThat(marks.cardinality()).isEqualTo(3);
    assertThat(marks.get('\n')).isTrue();
    assertThat(Openings.preceding(Pattern.compile("(?<=\\d)年"))).isNull();
    assertThat(Openings.preceding(Pattern.compile("年(?<=\\d年)"))).isNull();
  }

  @Test
  void aBoundedRunOfHanBeforeABracketSaysHowFarTheBracketStands() {
    Openings.Within w = Openings.within(Pattern.compile("(\\p{IsHan}{2,4})[（(](?:绰号|化名)"));
    assertThat(w.min()).isEqualTo(2);
    assertThat(w.max()).isEqualTo(4);
    assertThat(w.chars().get('（')).isTrue();
    Openings.Within lead =
        Openings.within(Pattern.compile("(\\p{IsHan}[\\p{IsHan}·]{1,15})[（(]([A-Z]+)"));
    assertThat(lead.min()).isEqualTo(2);
    assertThat(lead.max()).isEqualTo(16);
    assertThat(Openings.within(Pattern.compile("(\\p{IsHan}{2,4}?)[（(]"))).isNull();
    assertThat(Openings.within(Pattern.compile("(\\p{IsHan}+)[（(]"))).isNull();
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
