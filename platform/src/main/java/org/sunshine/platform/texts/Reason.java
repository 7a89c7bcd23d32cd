package org.sunshine.platform.texts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why something was refused, as a bundle key with its arguments and, when one input is at fault,
 * the field ({@code answer}, {@code parties[2].partyNo}) that API clients and forms point at.
 */
public record Reason(String key, List<String> args, Optional<String> field) {

  static Reason of(String field, String key, Object... args) {
    return new Reason(
        key, Arrays.stream(args).map(String::valueOf).toList(), Optional.ofNullable(field));
  }

  /** The text a person reads, in zh-CN. */
  public String text() {
    return Texts.text(key, args.toArray());
  }

  /** "field: text" when there is a field (the platform's field-first contract), else the text. */
  String message() {
    return field.map(f -> f + ": " + text()).orElseGet(this::text);
  }
}
