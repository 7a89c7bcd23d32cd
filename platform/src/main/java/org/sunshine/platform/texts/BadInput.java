package org.sunshine.platform.texts;

/**
 * A refusal that reaches a person as 400 (a bad value or a request that cannot be): its message is
 * the bundle's text in zh-CN, "field: text" when a field is at fault, so handlers, forms and logs
 * read it as they read any {@code IllegalArgumentException}.
 */
public final class BadInput extends IllegalArgumentException {

  private final transient Reason reason;

  private BadInput(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  /** Refused for the input {@code field}. */
  public static BadInput at(String field, String key, Object... args) {
    return new BadInput(Reason.of(field, key, args));
  }

  /** Refused, no one field at fault. */
  public static BadInput of(String key, Object... args) {
    return new BadInput(Reason.of(null, key, args));
  }

  public Reason reason() {
    return reason;
  }
}
