package org.sunshine.platform.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.Texts;

/**
 * {@code ./sunshine verify-audit}: seals what is waiting, walks the audit chain and prints what it
 * found; exit status 0 when intact, 1 when broken.
 */
@Component
class AuditCommandLine implements ApplicationRunner {

  private final AuditChain chain;
  private final ApplicationContext context;

  AuditCommandLine(AuditChain chain, ApplicationContext context) {
    this.chain = chain;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption("verify-audit")) {
      return;
    }
    while (chain.seal() == AuditChain.BATCH) {
      // seal the backlog first, so every entry is checked
    }
    ChainCheck check = chain.verify();
    System.out.println(
        check.intact()
            ? Texts.text("audit.cli.intact", check.verified(), check.head())
            : Texts.text(
                "audit.cli.broken",
                check.brokenAt(),
                Texts.text(
                    "missing".equals(check.problem()) ? "audit.cli.missing" : "audit.cli.changed"),
                check.verified()));
    System.exit(SpringApplication.exit(context, () -> check.intact() ? 0 : 1));
  }
}
