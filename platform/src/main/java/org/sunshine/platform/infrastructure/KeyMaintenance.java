package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * {@code ./sunshine rotate-keys} (the platform stopped; scheduling off, like the other maintenance
 * commands): new current keys, then every module's stored values moved to them. At an ordinary
 * start, values stored before keys existed are keyed (a maintenance command changes nothing).
 */
@Component
@Order(-10)
class KeyMaintenance implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(KeyMaintenance.class);

  private final Keys keys;
  private final List<KeyedColumns> columns;
  private final ApplicationContext context;
  private final boolean serving;

  KeyMaintenance(
      Keys keys,
      List<KeyedColumns> columns,
      ApplicationContext context,
      @Value("${sunshine.scheduling.enabled:true}") boolean serving) {
    this.keys = keys;
    this.columns = columns;
    this.context = context;
    this.serving = serving;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (args.containsOption("rotate-keys")) {
      int changed = rotate();
      System.out.println(
          Texts.text(
              "infrastructure.keys.rotated",
              keys.currentHashKey(),
              keys.currentEncryptionKey(),
              changed));
      System.exit(SpringApplication.exit(context, () -> 0));
    } else if (serving) {
      int changed = columns.stream().mapToInt(KeyedColumns::rekey).sum();
      if (changed > 0) {
        log.info("Moved {} stored values to the current keys (ADR 27)", changed);
      }
    }
  }

  /** New keys, then every stored value moved to them; returns how many values changed. */
  int rotate() throws IOException {
    keys.rotate();
    return columns.stream().mapToInt(KeyedColumns::rekey).sum();
  }
}
