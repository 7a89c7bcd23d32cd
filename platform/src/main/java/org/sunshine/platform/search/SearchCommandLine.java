package org.sunshine.platform.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * {@code ./sunshine rebuild-search-index} and {@code ./sunshine check-search-index}: the index
 * maintenance from the command line, printing progress; exit status 0, or 1 when drift is found.
 */
@Component
class SearchCommandLine implements ApplicationRunner {

  private final SearchAdmin admin;
  private final ApplicationContext context;

  SearchCommandLine(SearchAdmin admin, ApplicationContext context) {
    this.admin = admin;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (args.containsOption("rebuild-search-index")) {
      admin.startRebuild();
      int shown = -1;
      while (admin.progress().running()) {
        var p = admin.progress();
        if (p.percent() / 10 != shown) {
          shown = p.percent() / 10;
          System.out.println(Texts.text("search.cli.progress", p.percent(), p.done(), p.total()));
        }
        sleep();
      }
      var p = admin.progress();
      String error = p.error() == null ? "" : Texts.text("search.cli.error", p.error());
      System.out.println(Texts.text("search.cli.done", p.done(), error));
      exit(p.error() == null ? 0 : 1);
    } else if (args.containsOption("check-search-index")) {
      var drift = admin.drift();
      System.out.println(
          drift.none()
              ? Texts.text("search.cli.consistent")
              : Texts.text("search.cli.drift", drift.missing(), drift.extra(), drift.stale()));
      exit(drift.none() ? 0 : 1);
    }
  }

  private void exit(int status) {
    System.exit(SpringApplication.exit(context, () -> status));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
