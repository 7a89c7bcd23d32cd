package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based fuzzing of the detectors: any input is handled, and inserted identifiers never
 * survive.
 */
class RedactionPropertiesTest {

  private final RedactionEngine engine = new RedactionEngine();

  @Property(tries = 300)
  void anyNonBlankTextIsHandledWithoutCrashing(
      @ForAll @StringLength(min = 1, max = 400) String text) {
    if (text.isBlank()) {
      return;
    }
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(r.verdict()).isNotNull();
  }

  @Property(tries = 200)
  void anyChineseLikeTextWithSeparatorsIsHandled(@ForAll("chineseText") String text) {
    RedactionResult r = engine.redact(RedactionRequest.of("起诉书\n" + text));
    assertThat(r.verdict()).isNotNull();
  }

  @Property(tries = 200)
  void aParticipantsNameNeverSurvivesInAnyForm(@ForAll("names") String name) {
    String text =
        "起诉书\n　　被告人"
            + name
            + "，男，1980年1月1日出生。\n　　经查，"
            + name
            + "于2024年1月1日盗窃。"
            + name.substring(0, 1)
            + "\n"
            + name.substring(1)
            + "供认不讳。";
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    assertThat(ResidualCheck.normalise(r.redactedText())).doesNotContain(name);
  }

  @Property(tries = 200)
  void anIdNumberOrMobileNeverSurvivesHoweverItIsSpaced(
      @ForAll("idNumbers") String id,
      @ForAll("mobiles") String mobile,
      @ForAll("separators") String sep) {
    String spacedMobile =
        mobile.substring(0, 3) + sep + mobile.substring(3, 7) + sep + mobile.substring(7);
    String text = "证人某某，公民身份号码" + id + "，联系电话" + spacedMobile + "。";
    RedactionResult r = engine.redact(RedactionRequest.of(text));
    String out = ResidualCheck.normalise(r.redactedText()).replaceAll("[\\-.]", "");
    assertThat(out).doesNotContain(id).doesNotContain(mobile);
  }

  @Provide
  Arbitrary<String> chineseText() {
    return Arbitraries.strings()
        .withChars("被告人张三李四，。、（）：住号路村1234567890年月日出生男女·ABC　\n")
        .ofMinLength(1)
        .ofMaxLength(300)
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> surname = Arbitraries.of("王", "李", "张", "刘", "陈", "欧阳", "诸葛", "马", "黄");
    Arbitrary<String> given =
        Arbitraries.strings().withChars("明华建国丽娟志强海燕文静伟芳秀英桂兰德胜").ofMinLength(1).ofMaxLength(2);
    return Combinators.combine(surname, given).as((s, g) -> s + g);
  }

  @Provide
  Arbitrary<String> idNumbers() {
    return Combinators.combine(
            Arbitraries.integers().between(110000, 659999),
            Arbitraries.integers().between(1950, 2005),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 999))
        .as((region, y, m, d, seq) -> String.format("%06d%04d%02d%02d%03d", region, y, m, d, seq))
        .map(s -> s + "0123456789X".charAt(Math.floorMod(s.hashCode(), 11)));
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Arbitraries.strings()
        .numeric()
        .ofLength(9)
        .map(s -> "13" + (s.charAt(0) % 7 + 3) + s.substring(1) + "5");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", "-", "  ");
  }
}
