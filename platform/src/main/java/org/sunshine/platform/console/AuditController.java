package org.sunshine.platform.console;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.audit.AuditFilter;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * 审计日志 for the inspector and administrators: who did or saw what, filtered, within their units
 * (entries of no unit — applicants, the public, scheduled jobs — for those of a provincial or the
 * supreme procuratorate), and the hash chain checked on request. Looking at the log is itself
 * audited: the log shows personal data.
 */
@Controller
@RequestMapping("/console/audit")
class AuditController {

  static final int PAGE = 50;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final AuditLog audit;
  private final Directory directory;

  AuditController(AuditLog audit, Directory directory) {
    this.audit = audit;
    this.directory = directory;
  }

  @GetMapping
  String view(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean verify,
      Model model) {
    if (!me.hasRole(Role.INSPECTOR) && !me.hasRole(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("the audit log is for inspectors and administrators");
    }
    AuditFilter filter =
        new AuditFilter(
            actor,
            action,
            subjectType,
            subjectId,
            from == null ? null : from.atStartOfDay(CHINA).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant());
    int p = Math.max(0, Math.min(page, 10_000));
    audit.record(
        me.username(),
        me.unitId(),
        "VIEW_AUDIT",
        "AuditLog",
        null,
        filter.toString(),
        Channel.CONSOLE);
    var entries =
        audit.search(filter, directory.unitsVisibleTo(me), platformWide(me), p * PAGE, PAGE + 1);
    model.addAttribute("filter", filter);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("entries", entries.subList(0, Math.min(PAGE, entries.size())));
    model.addAttribute("page", p);
    model.addAttribute("hasNext", entries.size() > PAGE);
    if (verify) {
      model.addAttribute("chain", audit.checkChain());
    }
    return "console/audit";
  }

  private boolean platformWide(StaffIdentity me) {
    ProcuratorateLevel level = directory.get(me.unitId()).level();
    return level == ProcuratorateLevel.PROVINCIAL || level == ProcuratorateLevel.SUPREME;
  }
}
