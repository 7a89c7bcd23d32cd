package org.sunshine.platform.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

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
          System.out.printf("重建检索索引 %d%% (%d/%d)%n", p.percent(), p.done(), p.total());
        }
        sleep();
      }
      var p = admin.progress();
      System.out.printf("完成：%d 条%s%n", p.done(), p.error() == null ? "" : "，错误：" + p.error());
      exit(p.error() == null ? 0 : 1);
    } else if (args.containsOption("check-search-index")) {
      var drift = admin.drift();
      System.out.println(
          drift.none()
              ? "检索索引与数据库一致"
              : "不一致：缺少 " + drift.missing() + "，多余 " + drift.extra() + "，过期 " + drift.stale());
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
