package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.sunshine.platform.texts.BadInput;

/** Reading a petition form (public or console) into a command, the same way for both. */
final class PetitionForms {

  private PetitionForms() {}

  /**
   * A form filed by the public: the matter is received the day it arrives (第一百六十一条), whatever the
   * form says, so nobody outside can move its clocks.
   */
  static NewPetition read(
      HttpServletRequest request,
      PetitionChannel channel,
      boolean anonymous,
      String mobile,
      Long documentId)
      throws IOException {
    return read(request, channel, anonymous, mobile, documentId, null);
  }

  /** A matter 控申 registers at the desk, which may have come by letter days before. */
  static NewPetition readAtTheDesk(
      HttpServletRequest request, PetitionChannel channel, boolean anonymous) throws IOException {
    return read(
        request,
        channel,
        anonymous,
        null,
        null,
        date(request.getParameter("receivedOn"), "receivedOn"));
  }

  private static NewPetition read(
      HttpServletRequest request,
      PetitionChannel channel,
      boolean anonymous,
      String mobile,
      Long documentId,
      LocalDate receivedOn)
      throws IOException {
    return new NewPetition(
        unit(request.getParameter("unitId")),
        kind(request.getParameter("kind")),
        channel,
        request.getParameter("subject"),
        request.getParameter("text"),
        request.getParameter("caseNumber"),
        anonymous,
        "true".equals(request.getParameter("confidential")),
        request.getParameter("name"),
        mobile != null ? mobile : request.getParameter("mobile"),
        request.getParameter("idNumber"),
        request.getParameter("address"),
        request.getParameter("password"),
        date(request.getParameter("servedOn"), "servedOn"),
        documentId,
        receivedOn,
        scans(request),
        documentId == null ? request.getParameter("withheldType") : null);
  }

  static long unit(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw BadInput.at("unitId", "petitions.petition-forms.unit.unknown");
    }
  }

  static PetitionKind kind(String value) {
    try {
      return value == null || value.isBlank() ? null : PetitionKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw BadInput.at("kind", "petitions.petition-forms.kind.required");
    }
  }

  static LocalDate date(String value, String field) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw BadInput.at(field, "petitions.petition-forms.date.format");
    }
  }

  static List<NewPetition.Scan> scans(HttpServletRequest request) throws IOException {
    List<NewPetition.Scan> list = new ArrayList<>();
    var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart != null) {
      for (MultipartFile f : multipart.getFiles("scans")) {
        if (!f.isEmpty()) {
          list.add(
              new NewPetition.Scan(
                  String.valueOf(f.getOriginalFilename()),
                  String.valueOf(f.getContentType()),
                  f.getBytes()));
        }
      }
    }
    return list;
  }
}
