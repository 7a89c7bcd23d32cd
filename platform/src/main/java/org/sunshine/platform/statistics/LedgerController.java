package org.sunshine.platform.statistics;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;

/**
 * 台账与核对: the drift between the ledger and the documents, and a rebuild, for 案管 of the province (or
 * an administrator there): the ledger is the whole province's.
 */
@Controller
@RequestMapping("/console/statistics/ledger")
class LedgerController {

  private final LedgerRebuild rebuild;
  private final Directory directory;
  private final AuditLog audit;

  LedgerController(LedgerRebuild rebuild, Directory directory, AuditLog audit) {
    this.rebuild = rebuild;
    this.directory = directory;
    this.audit = audit;
  }

  private void requireProvince(StaffIdentity me) {
    boolean role = me.hasRole(Role.CASE_MANAGEMENT) || me.hasRole(Role.ADMINISTRATOR);
    ProcuratorateLevel level = directory.get(me.unitId()).level();
    if (!role || level == ProcuratorateLevel.COUNTY || level == ProcuratorateLevel.MUNICIPAL) {
      throw Forbidden.of("statistics.ledger-controller.forbidden");
    }
  }

  @GetMapping
  String page(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireProvince(me);
    model.addAttribute("drift", rebuild.drift());
    return "statistics/ledger";
  }

  @PostMapping("/rebuild")
  String rebuild(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      RedirectAttributes flash) {
    requireProvince(me);
    LedgerRebuild.Rebuilt r = rebuild.rebuild();
    audit.record(
        me.username(),
        me.unitId(),
        "REBUILD_LEDGER",
        "Ledger",
        "all",
        r.entries() + " entries in " + r.took().toMillis() + " ms",
        Channel.CONSOLE);
    flash.addFlashAttribute("rebuilt", r);
    return "redirect:/console/statistics/ledger";
  }
}
