package org.sunshine.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 触摸屏登记: on the kiosk itself, the credential an administrator issued is typed or pasted once; the
 * kiosk keeps it in a cookie from then on. A credential that is unknown or revoked is refused.
 */
@Controller
class KioskEnrolController {

  private final KioskDevices devices;

  KioskEnrolController(KioskDevices devices) {
    this.devices = devices;
  }

  @GetMapping("/kiosk/enrol")
  String form() {
    return "security/kiosk-enrol";
  }

  @PostMapping("/kiosk/enrol")
  String enrol(
      @RequestParam String credential,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String secret = credential.strip();
    var device = devices.recognise(secret);
    if (device.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("refused", true);
      return "security/kiosk-enrol";
    }
    response.addHeader(HttpHeaders.SET_COOKIE, KioskRecognition.cookie(secret, request).toString());
    model.addAttribute("device", device.get());
    return "security/kiosk-enrolled";
  }
}
