package org.sunshine.platform.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where to go and how to log in, once the demo is ready. */
@Component
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoBanner {

  private final Environment env;

  DemoBanner(Environment env) {
    this.env = env;
  }

  @EventListener(ApplicationReadyEvent.class)
  void print() {
    String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
    StringBuilder out = new StringBuilder();
    out.append("\n========================================================================\n");
    out.append(" 阳光检务平台 Sunshine is running (demo data)\n");
    out.append("   公众门户 public portal : ").append(base).append("/\n");
    out.append("   检察机关名录 directory : ").append(base).append("/directory\n");
    out.append("   工作台 staff console   : ").append(base).append("/console\n");
    out.append("   health                 : ").append(base).append("/actuator/health\n");
    out.append("   触摸屏 kiosk           : ")
        .append(base)
        .append("/kiosk/enrol  (demo device credential: ")
        .append(DemoKiosk.SECRET)
        .append(")\n");
    out.append(" Demo logins (password for all: ").append(DemoAccounts.PASSWORD).append(")\n");
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      out.append(String.format("   %-20s %s %s%n", a.username(), a.name(), a.purpose()));
    }
    out.append("========================================================================\n");
    System.out.println(out);
  }
}
