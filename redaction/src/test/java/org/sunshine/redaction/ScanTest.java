package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A scan that skips impossible offsets finds exactly what a full scan finds. */
class ScanTest {

  private static final String ALPHABET = "住在家位于（(）)：，。\n 1290年月日王李明AbQ微号";

  private static List<String> full(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return found;
  }

  private static List<String> scanned(Scan scan) {
    List<String> found = new ArrayList<>();
    while (scan.find()) {
      Matcher m = scan.matcher();
      found.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return found;
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(60); i > 0; i--) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @Test
  void lookbehindsLineStartsAndLineEndsSeeTheWholeTextAsInAFullScan() {
    Pattern[] patterns = {
      Pattern.compile("(?<=[，(（]|家)\\s*\\d{1,2}(?=年|$)"),
      Pattern.compile("(?m)^\\s*(?:住在|家住)[^，。\\n]{0,6}$"),
      Pattern.compile("(?<!\\d)(?:19|20)\\d{2}年(?!月)"),
      Pattern.compile("(?i)(?:qq|微号)[：:]?\\w{0,3}")
    };
    Scan.Chars[] firsts = {
      Scan.Chars.of("0123456789 \t\n\u000B\f\r"),
      Scan.Chars.of(" \t\n\u000B\f\r住家"),
      Scan.Chars.of("12"),
      Scan.Chars.of("q微")
    };
    Random random = new Random(5);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      for (int k = 0; k < patterns.length; k++) {
        assertThat(scanned(new Scan(patterns[k], text, firsts[k])))
            .as("%s on %s", patterns[k], text)
            .isEqualTo(full(patterns[k], text));
      }
    }
  }

  @Test
  void aPatternThatNeedsABracketWithinAFewCharactersIsTriedOnlyBeforeOne() {
    Pattern annotated = Pattern.compile("(\\p{IsHan}{2,4})[（(][^）)]{0,4}[）)]");
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      IntPredicate starts = Scan.followedWithin(text, Scan.Chars.of("（("), 2, 4);
      assertThat(scanned(new Scan(annotated, text, starts)))
          .as(text)
          .isEqualTo(full(annotated, text));
    }
  }

  @Test
  void anEmptyMatchAdvancesByOneCharacterAsInAFullScan() {
    Pattern maybe = Pattern.compile("王?");
    String text = "王李王王";
    assertThat(scanned(new Scan(maybe, text, s -> true))).isEqualTo(full(maybe, text));
  }

  @Test
  void aPatternOpeningWithALineStartIsTriedOnlyAtLineStartsAndFindsWhatAFullScanFinds() {
    Pattern[] anchored = {
      Pattern.compile("(?m)^[ \t　]*(?:王|李明)[^\n]{0,5}"),
      Pattern.compile("(?m)^\\s*(\\p{IsHan}{2,3})[：:]\\s*$"),
      Pattern.compile("(?m)^(?:[（(]\\d[）)]|\\d[.、])\\s*(王|李)")
    };
    for (Pattern p : anchored) {
      assertThat(Scan.anchoredAtLineStart(p)).as(p.pattern()).isTrue();
    }
    String alphabet = ALPHABET + "\r\u2028\u0085、.";
    Random random = new Random(19);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(60); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (Pattern p : anchored) {
        assertThat(scanned(new Scan(p, text.toString())))
            .as("%s on %s", p, text)
            .isEqualTo(full(p, text.toString()));
      }
    }
  }

  @Test
  void aLineStartBesideATopLevelAlternativeDoesNotAnchorThePattern() {
    assertThat(Scan.anchoredAtLineStart(Pattern.compile("(?m)^王|李"))).isFalse();
    assertThat(Scan.anchoredAtLineStart(Pattern.compile("(?m)^[|]王|李"))).isFalse();
    assertThat(Scan.anchoredAtLineStart(Pattern.compile("(?m)^(?:王|李)[|]"))).isTrue();
    assertThat(Scan.anchoredAtLineStart(Pattern.compile("^王"))).isFalse();
    assertThat(Scan.anchoredAtLineStart(Pattern.compile("(?m)^\\|王"))).isTrue();
  }
}
