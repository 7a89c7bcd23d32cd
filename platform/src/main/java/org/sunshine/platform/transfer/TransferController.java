package org.sunshine.platform.transfer;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * {@code /console/transfer}: the channel to the public node — packages each way, what the public
 * node acknowledged (applied, rejected and why), refusals, lag — and the commands to pack now, read
 * the inbox now, pack everything, or send a package again. System administrators and 案管.
 */
@Controller
class TransferController {

  private final Transfers transfers;
  private final AuditLog audit;
  private final Directory directory;
  private final MessageSource messages;

  TransferController(
      Transfers transfers, AuditLog audit, Directory directory, MessageSource messages) {
    this.messages = messages;
    this.transfers = transfers;
    this.audit = audit;
    this.directory = directory;
  }

  @GetMapping("/console/transfer")
  String page(@AuthenticationPrincipal(expression = "identity") StaffIdentity me, Model model) {
    requireOperator(me);
    model.addAttribute("enabled", transfers.enabled());
    model.addAttribute("status", transfers.status());
    return "transfer/console";
  }

  @PostMapping("/console/transfer/export")
  String export(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam(defaultValue = "false") boolean everything,
      RedirectAttributes flash) {
    requireOperator(me);
    if (!transfers.enabled()) {
      return refused(flash);
    }
    var written = transfers.exportNow(everything);
    record(
        me,
        "TRANSFER_EXPORT",
        written.map(String::valueOf).orElse("-"),
        Texts.text(everything ? "transfer.audit.everything" : "transfer.audit.changes"));
    flash.addFlashAttribute(
        "message",
        written
            .map(s -> pageText("transfer.flash.exported", String.valueOf(s)))
            .orElse(pageText("transfer.flash.nothingToExport")));
    return "redirect:/console/transfer";
  }

  @PostMapping("/console/transfer/import")
  String importNow(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      RedirectAttributes flash) {
    requireOperator(me);
    if (!transfers.enabled()) {
      return refused(flash);
    }
    var r = transfers.importNow();
    record(me, "TRANSFER_IMPORT", "-", r.applied() + " applied, " + r.refused() + " refused");
    flash.addFlashAttribute(
        "message",
        r.waitingFor() == null
            ? pageText(
                "transfer.flash.imported", String.valueOf(r.applied()), String.valueOf(r.refused()))
            : pageText(
                "transfer.flash.importedWaiting",
                String.valueOf(r.applied()),
                String.valueOf(r.refused()),
                String.valueOf(r.waitingFor())));
    return "redirect:/console/transfer";
  }

  @PostMapping("/console/transfer/resend")
  String resend(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam long sequence,
      RedirectAttributes flash) {
    requireOperator(me);
    if (!transfers.enabled()) {
      return refused(flash);
    }
    try {
      transfers.resend(sequence);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("message", e.getMessage());
      return "redirect:/console/transfer";
    }
    record(me, "TRANSFER_RESEND", String.valueOf(sequence), null);
    flash.addFlashAttribute("message", pageText("transfer.flash.resent", String.valueOf(sequence)));
    return "redirect:/console/transfer";
  }

  private String refused(RedirectAttributes flash) {
    flash.addFlashAttribute("message", pageText("transfer.flash.combined"));
    return "redirect:/console/transfer";
  }

  private void record(StaffIdentity me, String action, String subject, String detail) {
    var s = me;
    audit.record(
        s.username(), s.unitId(), action, "TRANSFER_PACKAGE", subject, detail, Channel.CONSOLE);
  }

  /**
   * The channel serves the whole node, so only its top: a system administrator or 案管 of a
   * provincial (or the supreme) procuratorate; a county's administrator manages county accounts
   * only.
   */
  private void requireOperator(StaffIdentity me) {
    var s = me;
    boolean top =
        directory
            .find(s.unitId())
            .map(u -> u.level().compareTo(ProcuratorateLevel.PROVINCIAL) <= 0)
            .orElse(false);
    if (!top || (!s.hasRole(Role.ADMINISTRATOR) && !s.hasRole(Role.CASE_MANAGEMENT))) {
      throw Forbidden.of("transfer.transfer-controller.forbidden");
    }
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
