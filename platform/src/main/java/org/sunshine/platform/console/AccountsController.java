package org.sunshine.platform.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.NewStaffAccount;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccountView;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.security.StaffPrincipal;

/** 账户管理: administrators manage the accounts of their data scope; inspectors may look. */
@Controller
@RequestMapping("/console/accounts")
class AccountsController {

  private final StaffAccounts accounts;
  private final AccountAdministration administration;
  private final Directory directory;
  private final AuditLog audit;

  AccountsController(
      StaffAccounts accounts,
      AccountAdministration administration,
      Directory directory,
      AuditLog audit) {
    this.accounts = accounts;
    this.administration = administration;
    this.directory = directory;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam(required = false) String q,
      HttpServletRequest request,
      Model model) {
    StaffIdentity me = principal.identity();
    List<StaffAccountView> visible = filter(accounts.visibleTo(me), q);
    audit.record(
        me.username(), me.unitId(), "VIEW_ACCOUNT_LIST", "StaffAccount", null, q, Channel.CONSOLE);
    model.addAttribute("accounts", visible);
    model.addAttribute("statuses", administration.statuses(visible));
    model.addAttribute("awaiting", administration.awaitingActivation(visible));
    model.addAttribute("q", q);
    if (me.hasRole(Role.ADMINISTRATOR)) {
      model.addAttribute("units", unitsInScope(me));
      model.addAttribute("roles", EnumSet.allOf(Role.class));
      model.addAttribute("scopes", DataScope.values());
    }
    boolean htmx = request.getHeader("HX-Request") != null;
    return htmx ? "console/accounts :: table" : "console/accounts";
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam long unitId,
      @RequestParam(required = false) Set<Role> roles,
      @RequestParam DataScope dataScope,
      @RequestParam(required = false) String mobile,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String initialPassword,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    var command =
        new NewStaffAccount(
            username.strip().toLowerCase(Locale.ROOT),
            displayName.strip(),
            unitId,
            null,
            roles == null ? Set.of() : roles,
            dataScope);
    try {
      var contact =
          new AccountAdministration.Contact(
              strip(mobile),
              strip(email),
              ServletUriComponentsBuilder.fromContextPath(request).toUriString());
      administration.open(principal.identity(), command, contact, initialPassword);
      redirect.addFlashAttribute("created", command.username());
      redirect.addFlashAttribute("activationSent", contact.given());
      List<String> twoSteps = administration.twoStepChains(command);
      if (!twoSteps.isEmpty()) {
        redirect.addFlashAttribute("twoSteps", twoSteps);
      }
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("createError", e.getMessage());
    }
    return "redirect:/console/accounts";
  }

  @PostMapping("/{id}/unlock")
  String unlock(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id) {
    administration.unlock(principal.identity(), id);
    return "redirect:/console/accounts";
  }

  @PostMapping("/{id}/disable")
  String disable(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id) {
    administration.disable(principal.identity(), id);
    return "redirect:/console/accounts";
  }

  @PostMapping("/{id}/enable")
  String enable(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id) {
    administration.enable(principal.identity(), id);
    return "redirect:/console/accounts";
  }

  @PostMapping("/{id}/reset-mfa")
  String resetMfa(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id) {
    administration.resetSecondFactor(principal.identity(), id);
    return "redirect:/console/accounts";
  }

  /**
   * A transition that does not apply (unlocking an unlocked account…) is told, not thrown at the
   * user.
   */
  @ExceptionHandler(IllegalStateException.class)
  String refused(IllegalStateException e, RedirectAttributes redirect) {
    redirect.addFlashAttribute("actionError", e.getMessage());
    return "redirect:/console/accounts";
  }

  private List<ProcuratorateView> unitsInScope(StaffIdentity me) {
    Set<Long> ids = directory.unitsVisibleTo(me);
    return directory.all().stream()
        .filter(u -> ids.contains(u.id()))
        .sorted(Comparator.comparing(ProcuratorateView::code))
        .toList();
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<StaffAccountView> filter(List<StaffAccountView> all, String q) {
    if (q == null || q.isBlank()) {
      return all;
    }
    String needle = q.strip().toLowerCase(Locale.ROOT);
    return all.stream()
        .filter(
            a ->
                a.username().contains(needle)
                    || a.displayName().contains(needle)
                    || a.unitName().contains(needle))
        .toList();
  }
}
