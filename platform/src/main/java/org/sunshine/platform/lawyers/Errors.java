package org.sunshine.platform.lawyers;

/** The words of a refusal for a page: "field: message" shows the message. */
final class Errors {

  private Errors() {}

  static String text(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && colon < 20 && m.substring(0, colon).matches("[A-Za-z.]+")
        ? m.substring(colon + 2)
        : m;
  }

  static String field(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && colon < 20 && m.substring(0, colon).matches("[A-Za-z.]+")
        ? m.substring(0, colon)
        : null;
  }
}
