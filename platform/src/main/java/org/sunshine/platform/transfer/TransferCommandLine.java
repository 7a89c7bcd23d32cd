package org.sunshine.platform.transfer;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

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
      System.out.println(
          written
              .map(s -> Texts.text("transfer.cli.exported", s))
              .orElse(Texts.text("transfer.cli.nothing-to-export")));
      exit(0);
    } else if (args.containsOption("transfer-import")) {
      var r = transfers.importNow();
      String waiting =
          r.waitingFor() == null ? "" : Texts.text("transfer.cli.waiting-for", r.waitingFor());
      System.out.println(Texts.text("transfer.cli.imported", r.applied(), r.refused(), waiting));
      exit(r.refused() == 0 ? 0 : 1);
    } else if (args.containsOption("transfer-resend")) {
      List<String> v = args.getOptionValues("transfer-resend");
      long sequence = Long.parseLong(v.get(0));
      transfers.resend(sequence);
      System.out.println(Texts.text("transfer.cli.resent", sequence));
      exit(0);
    } else if (args.containsOption("transfer-status")) {
      TransferStatus s = transfers.status();
      System.out.println(Texts.text("transfer.cli.node", s.source(), s.role(), s.peer()));
      s.sent().stream()
          .findFirst()
          .ifPresent(
              p ->
                  System.out.println(
                      Texts.text(
                          "transfer.cli.last-sent",
                          p.sequence(),
                          p.createdAt(),
                          p.records(),
                          p.acknowledgedAt() == null
                              ? Texts.text("transfer.cli.unacknowledged")
                              : Texts.text(
                                  "transfer.cli.acknowledged", p.applied(), p.rejected()))));
      s.received().stream()
          .findFirst()
          .ifPresent(
              p ->
                  System.out.println(
                      Texts.text(
                          "transfer.cli.last-received",
                          p.sequence(),
                          p.createdAt(),
                          p.applied(),
                          p.rejected())));
      System.out.println(
          Texts.text(
              "transfer.cli.lag", s.lagText(), s.alert() ? Texts.text("transfer.cli.alert") : ""));
      s.refusals()
          .forEach(
              f ->
                  System.out.println(
                      Texts.text("transfer.cli.refusal", f.packageName(), f.reason(), f.detail())));
      exit(s.alert() ? 1 : 0);
    }
  }

  private void exit(int status) {
    System.exit(SpringApplication.exit(context, () -> status));
  }
}
