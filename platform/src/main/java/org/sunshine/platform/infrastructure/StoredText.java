package org.sunshine.platform.infrastructure;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.sunshine.platform.texts.Texts;

/**
 * Text PostgreSQL can store: no NUL character (it refuses one in any text, so it used to be a 500)
 * and no lone UTF-16 surrogate (it would be stored as '?'). Request parameters, file names and the
 * upstream feeds' strings are checked here, the one place that says what text is acceptable.
 */
public final class StoredText {

  private StoredText() {}

  /** The value, or {@code IllegalArgumentException("field: …")} naming what is wrong with it. */
  public static String check(String field, String value) {
    Optional<String> fault = fault(value);
    if (fault.isPresent()) {
      throw new IllegalArgumentException(field + ": " + fault.get());
    }
    return value;
  }

  /** What makes this value unacceptable (in Chinese, for the person who sent it), or empty. */
  public static Optional<String> fault(String value) {
    return fault(value, Integer.MAX_VALUE);
  }

  /** What makes this value unacceptable, or empty; values over {@code maxChars} are too long. */
  static Optional<String> fault(String value, int maxChars) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > maxChars) {
      return Optional.of(Texts.text("infrastructure.stored-text.too-long", maxChars));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        return Optional.of(Texts.text("infrastructure.stored-text.null-char"));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(Texts.text("infrastructure.stored-text.lone-surrogate"));
      }
    }
    return Optional.empty();
  }

  /** The 400 answer naming the field; problem details for APIs, the 400 page for people. */
  static final class Rejected extends ErrorResponseException {

    Rejected(String field, String fault) {
      super(HttpStatus.BAD_REQUEST, problem(field, fault), null);
    }

    private static ProblemDetail problem(String field, String fault) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + fault);
      problem.setProperty("field", field);
      return problem;
    }
  }
}
