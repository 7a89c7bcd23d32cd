package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.ApplicationContext;

/** For other modules' tests: what {@code ./sunshine rotate-keys} does, in a running context. */
public final class KeyRotations {

  private KeyRotations() {}

  /** New current keys and every stored value moved to them; how many values changed. */
  public static int rotate(ApplicationContext context) {
    try {
      return context.getBean(KeyMaintenance.class).rotate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
