package org.sunshine.platform.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.sunshine.platform.infrastructure.BoundedBody;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Batches from the case-management system: uploaded in the console, or posted to the API (JSON
 * Lines or CSV).
 */
@Controller
class CaseImportController {

  private final Cases cases;
  private final DataSize maxBody;
  private final MessageSource messages;

  CaseImportController(
      Cases cases,
      @Value("${sunshine.cases.import-max-bytes:64MB}") DataSize maxBody,
      MessageSource messages) {
    this.messages = messages;
    this.cases = cases;
    this.maxBody = maxBody;
  }

  @GetMapping("/console/cases/import")
  String form() {
    return "cases/import";
  }

  @PostMapping("/console/cases/import")
  String upload(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestParam("file") MultipartFile file,
      Model model)
      throws IOException {
    if (file.isEmpty()) {
      model.addAttribute("uploadError", pageText("cases.import.noFile"));
      return "cases/import";
    }
    boolean csv =
        String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".csv");
    try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      model.addAttribute("report", cases.importBatch(me, reader, csv));
    }
    model.addAttribute("fileName", file.getOriginalFilename());
    return "cases/import";
  }

  /**
   * POST a batch as application/x-ndjson (one JSON record a line) or text/csv; answers with the
   * report. The body is streamed and cut off at {@code sunshine.cases.import-max-bytes} (413).
   */
  @PostMapping(
      value = "/api/console/cases/import",
      consumes = {
        "application/x-ndjson",
        "application/jsonl",
        MediaType.TEXT_PLAIN_VALUE,
        "text/csv"
      },
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ImportReport api(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @RequestHeader(value = "Content-Type") String contentType,
      HttpServletRequest request)
      throws IOException {
    try (Reader body = BoundedBody.utf8(request, maxBody)) {
      return cases.importBatch(me, body, contentType.startsWith("text/csv"));
    }
  }

  /** Text for the page, from the bundles. */
  private String pageText(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
