package org.sunshine.platform.access;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 触摸屏: the service hall's kiosk. 查询码 + ID number, large buttons, back to the start after a minute
 * idle.
 */
@Controller
class KioskController {

  private final CaseStatusQueries queries;
  private final AccessProperties properties;
  private final MessageSource messages;

  KioskController(CaseStatusQueries queries, AccessProperties properties, MessageSource messages) {
    this.messages = messages;
    this.queries = queries;
    this.properties = properties;
  }

  @GetMapping("/kiosk")
  String start(Model model) {
    model.addAttribute("idleSeconds", properties.kioskIdleSeconds());
    return "kiosk/start";
  }

  @PostMapping("/kiosk/query")
  String query(@RequestParam String queryCode, @RequestParam String idNumber, Model model) {
    model.addAttribute("idleSeconds", properties.kioskIdleSeconds());
    long started = System.nanoTime();
    try {
      // The answer is padded after the transaction has ended, so a slow answer holds no database
      // connection.
      var found = queries.kiosk(queryCode, idNumber);
      padTo(started, properties.minimumAnswerMillis());
      if (found.isEmpty()) {
        model.addAttribute("error", pageText("access.kiosk.notFound"));
        return "kiosk/start";
      }
      model.addAttribute("d", found.get());
      return "kiosk/status";
    } catch (TooManyAttempts e) {
      model.addAttribute("error", e.getMessage());
      return "kiosk/start";
    }
  }

  static void padTo(long startedNanos, int millis) {
    long remaining = millis - (System.nanoTime() - startedNanos) / 1_000_000;
    if (remaining > 0) {
      try {
        Thread.sleep(remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
