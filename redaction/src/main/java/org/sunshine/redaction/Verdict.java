package org.sunshine.redaction;

import java.util.List;

/** Publishable, or refused with every reason found. A person confirms either way. */
public record Verdict(boolean publishable, List<Refusal> refusals) {

  public Verdict {
    refusals = List.copyOf(refusals);
    if (publishable != refusals.isEmpty()) {
      throw new IllegalArgumentException(
          "a verdict is publishable exactly when nothing refuses it");
    }
  }

  public static Verdict publish() {
    return new Verdict(true, List.of());
  }

  public static Verdict refused(List<Refusal> refusals) {
    return new Verdict(false, refusals);
  }
}
