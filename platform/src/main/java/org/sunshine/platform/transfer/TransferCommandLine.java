package org.sunshine.platform.transfer;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./sunshine transfer-export [--everything]}, {@code transfer-import}, {@code
 * transfer-status} and {@code transfer-resend=N}: the transfer by hand (the node stopped, or from a
 * script of the carrier). Exit status 0, or 1 when something was refused or the alert is on.
 */
@Component
class TransferCommandLine implements ApplicationRunner {

  private final Transfers transfers;
  private final ApplicationContext context;

  TransferCommandLine(Transfers transfers, ApplicationContext context) {
    this.transfers = transfers;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (args.containsOption("transfer-export")) {
      var written = transfers.exportNow(args.containsOption("everything"));
      System.out.println(written.map(s -> "已写出数据包，序号 " + s).orElse("没有变化，未写出数据包"));
      exit(0);
    } else if (args.containsOption("transfer-import")) {
      var r = transfers.importNow();
      System.out.printf(
          "已应用 %d 个包，拒收 %d 个%s%n",
          r.applied(), r.refused(), r.waitingFor() == null ? "" : "，等待序号 " + r.waitingFor());
      exit(r.refused() == 0 ? 0 : 1);
    } else if (args.containsOption("transfer-resend")) {
      List<String> v = args.getOptionValues("transfer-resend");
      long sequence = Long.parseLong(v.get(0));
      transfers.resend(sequence);
      System.out.println("已重新放入发件目录：序号 " + sequence);
      exit(0);
    } else if (args.containsOption("transfer-status")) {
      TransferStatus s = transfers.status();
      System.out.printf("本节点 %s（%s），对端 %s%n", s.source(), s.role(), s.peer());
      s.sent().stream()
          .findFirst()
          .ifPresent(
              p ->
                  System.out.printf(
                      "最近发出：序号 %d，%s，%d 条，%s%n",
                      p.sequence(),
                      p.createdAt(),
                      p.records(),
                      p.acknowledgedAt() == null
                          ? "未确认"
                          : "已确认：应用 " + p.applied() + "，拒收 " + p.rejected()));
      s.received().stream()
          .findFirst()
          .ifPresent(
              p ->
                  System.out.printf(
                      "最近收到：序号 %d，写于 %s，应用 %d，拒收 %d%n",
                      p.sequence(), p.createdAt(), p.applied(), p.rejected()));
      System.out.println("距对端最近一个包：" + s.lagText() + (s.alert() ? "（告警）" : ""));
      s.refusals()
          .forEach(
              f -> System.out.printf("拒收：%s %s %s%n", f.packageName(), f.reason(), f.detail()));
      exit(s.alert() ? 1 : 0);
    }
  }

  private void exit(int status) {
    System.exit(SpringApplication.exit(context, () -> status));
  }
}
