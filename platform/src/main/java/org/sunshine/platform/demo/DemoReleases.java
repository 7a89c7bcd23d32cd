package org.sunshine.platform.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.releases.Escalation;
import org.sunshine.platform.releases.NewRelease;
import org.sunshine.platform.releases.Releases;

/**
 * Important case information for the demo province, through the real workflow: drafted by the
 * handling department of concluded cases, checked, approved, published (by 案管 where a unit has no
 * press office), the first ones pinned.
 */
@Component
class DemoReleases {

  /** 职务犯罪案件 only for a duty crime; other cases take the other categories in turn. */
  private static final String[] CATEGORIES = {"TYPICAL_CASE", "HOT_CASE", "OTHER"};

  private final Releases releases;
  private final StaffAccounts accounts;
  private final DemoStaff demoStaff;

  DemoReleases(Releases releases, StaffAccounts accounts, DemoStaff demoStaff) {
    this.releases = releases;
    this.accounts = accounts;
    this.demoStaff = demoStaff;
  }

  /** Publishes one release about a concluded case; returns false when the check stopped it. */
  boolean publishAbout(CaseView c, int i, LocalDate today) {
    String who = c.accused().get(0).name().substring(0, 1) + "某某";
    String category =
        c.charge().matches(".*(贪污|受贿|职务).*") ? "DUTY_CRIME" : CATEGORIES[i % CATEGORIES.length];
    String title = c.unitName() + "依法办理" + who + "涉嫌" + c.charge().replaceFirst("罪$", "") + "案";
    String body =
        c.unitName()
            + "近日依法对"
            + who
            + "涉嫌"
            + c.charge()
            + "一案作出处理决定。检察机关在办案中坚持宽严相济刑事政策，依法保障当事人诉讼权利，"
            + "并针对案件暴露出的问题向有关单位制发检察建议，推动源头治理。\n"
            + "检察官提示：广大群众要增强法治意识和防范意识，遇到违法犯罪线索可拨打12309检察服务热线反映。";
    StaffIdentity handler = demoStaff.of(c, Role.CASE_HANDLER);
    long id =
        releases.draft(
            handler, new NewRelease(category, title, body, c.caseNumber(), Escalation.NONE));
    if (!releases.view(handler, id).problems().isEmpty()) {
      return false;
    }
    ApprovalView a = releases.submit(handler, id);
    for (Role role : a.steps()) {
      releases.decide(demoStaff.of(c, role), id, true, "同意发布", a.contentHash());
    }
    Role publisher =
        accounts.unitHasRole(c.unitId(), Role.PRESS_OFFICE)
            ? Role.PRESS_OFFICE
            : Role.CASE_MANAGEMENT;
    StaffIdentity press = demoStaff.of(c, publisher);
    releases.publish(press, id);
    if (i < 3) {
      releases.pin(press, id, 3 - i, today.plusDays(30));
    }
    return true;
  }

  static List<String> categories() {
    return List.of(CATEGORIES);
  }
}
