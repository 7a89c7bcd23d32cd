package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The second character of a match, read from the pattern, rejects offsets before any attempt. */
class SecondCharsTest {

  private static String chars(Pattern p) {
    BitSet second = SecondChars.of(p);
    if (second == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    second.stream().forEach(s::appendCodePoint);
    return s.toString();
  }

  @Test
  void aListOfWordsIsReadAsTheSecondCharactersOfItsWords() {
    assertThat(chars(Pattern.compile("(?:检察官|书记员|法官)[：:]?(\\p{IsHan}{2,3})"))).isEqualTo("官察记");
    assertThat(chars(Pattern.compile("(该院|本院(?:副)?)院长"))).isEqualTo("院");
    assertThat(chars(Pattern.compile("儿童|[不未]满十四周岁"))).isEqualTo("满童");
    assertThat(chars(Pattern.compile("(?<=其|他)位于[：: ]*"))).isEqualTo("于");
  }

  @Test
  void aGroupThatMayBeSkippedAddsTheSecondCharactersOfWhatFollowsIt() {
    assertThat(chars(Pattern.compile("(?:户籍|住所)?住址"))).isEqualTo("址所籍");
    assertThat(chars(Pattern.compile("(?:户籍)*现住"))).isEqualTo("住籍");
    assertThat(chars(Pattern.compile("(?:户籍)?住"))).isNull();
  }

  @Test
  void aRunOfAtLeastTwoOfAClassIsItsOwnSecondCharacter() {
    assertThat(chars(Pattern.compile("\\d{4}年"))).isEqualTo("0123456789");
    assertThat(chars(Pattern.compile("[A-C][a-c]+"))).isEqualTo("abc");
  }

  @Test
  void anOpeningThatMayBeShorterOrLongerOrCaseFoldedIsNotRead() {
    assertThat(chars(Pattern.compile("法官?助理"))).isNull();
    assertThat(chars(Pattern.compile("\\d+年"))).isNull();
    assertThat(chars(Pattern.compile("\\d{1,2}月"))).isNull();
    assertThat(chars(Pattern.compile("(?:局|法院)长"))).isNull();
    assertThat(chars(Pattern.compile("(?:法官|书记员)?张"))).isNull();
    assertThat(chars(Pattern.compile("法\\p{IsHan}"))).isNull();
    assertThat(chars(Pattern.compile("(?i)qq号"))).isNull();
    assertThat(chars(Pattern.compile("qq号", Pattern.CASE_INSENSITIVE))).isNull();
    assertThat(chars(Pattern.compile("法(?:官|院)|(?i)qq"))).isNull();
    assertThat(chars(Pattern.compile("(?m)^被告人"))).isNull();
    assertThat(chars(Pattern.compile("法官|"))).isNull();
  }

  private static final String ALPHABET = "检察官书记员法院长儿童不未满十四周岁其他位于：: 12年月qQ";

  @Test
  void aScanRejectingBySecondCharacterFindsWhatAFullScanFinds() {
    Pattern[] patterns = {
      Pattern.compile("(?:检察官|书记员|法官)[：:]?(\\p{IsHan}{1,3})"),
      Pattern.compile("儿童|[不未]满十四周岁|法院(?=长)"),
      Pattern.compile("(?<=其|他)位于[：: ]*"),
      Pattern.compile("\\d{2}年"),
      Pattern.compile("(检察|法院)(?:官|长)?"),
      Pattern.compile("(?:检察院|法院)?(?:院长|法官)")
    };
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(50); k > 0; k--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      for (Pattern p : patterns) {
        assertThat(SecondChars.of(p)).as("%s is read", p).isNotNull();
        assertThat(scanned(p, text.toString())).as("%s on %s", p, text).isEqualTo(full(p, text));
      }
    }
  }

  private static List<String> full(Pattern p, CharSequence text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  private static List<String> scanned(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Scan scan = new Scan(p, text);
    while (scan.find()) {
      found.add(scan.matcher().start() + "-" + scan.matcher().end());
    }
    return found;
  }
}
