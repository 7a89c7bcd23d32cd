package org.sunshine.platform.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.security.KioskDevices;

/**
 * The demo's touch screen in 小店区院's hall (ADR 27): a device credential with a secret printed in the
 * demo banner, so whoever runs the demo can enrol a browser at {@code /kiosk/enrol} and see the
 * kiosk-only documents. Administrators issue real ones, with random secrets, on /console/kiosks.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoKiosk implements ApplicationRunner {

  static final String SECRET = "demo-kiosk-xiaodian-hall";
  static final String UNIT = "140105";

  private final KioskDevices kiosks;
  private final Directory directory;

  DemoKiosk(KioskDevices kiosks, Directory directory) {
    this.kiosks = kiosks;
    this.directory = directory;
  }

  @Override
  public void run(ApplicationArguments args) {
    directory
        .findByCode(UNIT)
        .ifPresent(unit -> kiosks.issueForDemo(unit.id(), "一楼服务大厅触摸屏（演示）", SECRET));
  }
}
