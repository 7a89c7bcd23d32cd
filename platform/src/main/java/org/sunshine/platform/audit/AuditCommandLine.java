package org.sunshine.platform.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

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
            ? "审计日志完整：已验证 " + check.verified() + " 条，链头 " + check.head()
            : "审计日志被改动：第 "
                + check.brokenAt()
                + " 条"
                + ("missing".equals(check.problem()) ? "缺失" : "被修改")
                + "（此前 "
                + check.verified()
                + " 条完整）");
    System.exit(SpringApplication.exit(context, () -> check.intact() ? 0 : 1));
  }
}
