package org.sunshine.platform.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.StaffIdentity;

/** 触摸屏设备: administrators issue and revoke the kiosks' device credentials of their units. */
@Controller
@RequestMapping("/console/kiosks")
class KioskDevicesController {

  private final KioskDevices devices;
  private final Directory directory;

  KioskDevicesController(KioskDevices devices, Directory directory) {
    this.devices = devices;
    this.directory = directory;
  }

  @GetMapping
  String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
    fill(principal.identity(), model);
    return "security/kiosks";
  }

  /** The secret is rendered in this answer only (no redirect, nothing kept in the session). */
  @PostMapping
  String issue(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam long unitId,
      @RequestParam String name,
      Model model) {
    StaffIdentity me = principal.identity();
    try {
      model.addAttribute("issuedSecret", devices.issue(me, unitId, name));
      model.addAttribute("issuedName", name.strip());
    } catch (IllegalArgumentException e) {
      model.addAttribute("issueError", e.getMessage());
    }
    fill(me, model);
    return "security/kiosks";
  }

  @PostMapping("/{id}/revoke")
  String revoke(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id) {
    devices.revoke(principal.identity(), id);
    return "redirect:/console/kiosks";
  }

  private void fill(StaffIdentity me, Model model) {
    Set<Long> scope = directory.unitsVisibleTo(me);
    List<ProcuratorateView> units =
        directory.all().stream()
            .filter(u -> scope.contains(u.id()))
            .sorted(Comparator.comparing(ProcuratorateView::code))
            .toList();
    Map<Long, String> names =
        units.stream().collect(Collectors.toMap(ProcuratorateView::id, ProcuratorateView::name));
    model.addAttribute("devices", devices.visibleTo(me));
    model.addAttribute("units", units);
    model.addAttribute("unitNames", names);
    model.addAttribute("myUnit", me.unitId());
  }
}
