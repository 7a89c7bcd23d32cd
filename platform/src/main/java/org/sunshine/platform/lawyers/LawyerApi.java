package org.sunshine.platform.lawyers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.Channel;

/**
 * The same operations as the lawyer's pages, as JSON for a mini-program or a 12309-style client
 * (openapi.yaml): the session of the SMS sign-in, and its CSRF token (from {@code GET /me}) on
 * every write. Bad input answers 400 with the field; a move the request's state forbids, 409. The
 * uploads (licence, binding, attachments) are in {@link LawyerUploadApi}.
 */
@RestController
@RequestMapping("/api/v1/lawyer")
class LawyerApi {

  private final LawyerGrants grants;
  private final LawyerAccounts accounts;
  private final LawyerRequests requests;

  LawyerApi(LawyerGrants grants, LawyerAccounts accounts, LawyerRequests requests) {
    this.grants = grants;
    this.accounts = accounts;
    this.requests = requests;
  }

  /** Not signed in: 401 for every path (answered by {@link LawyerApiErrors}). */
  static class SignInRequired extends RuntimeException {}

  private long me(HttpSession session) {
    return grants.signedIn(session).orElseThrow(SignInRequired::new);
  }

  @GetMapping("/me")
  Map<String, Object> whoAmI(HttpSession session, HttpServletRequest request) {
    long me = me(session);
    Map<String, Object> out = new LinkedHashMap<>();
    var lawyer = accounts.of(me);
    out.put("status", lawyer.map(LawyerRows.LawyerRow::status).orElse("UNREGISTERED"));
    out.put("name", lawyer.map(LawyerRows.LawyerRow::name).orElse(null));
    out.put("licenceNo", lawyer.map(LawyerRows.LawyerRow::licenceNo).orElse(null));
    out.put("lawFirm", lawyer.map(LawyerRows.LawyerRow::lawFirm).orElse(null));
    out.put("bindings", grants.bindings(me));
    out.put("pendingBindings", grants.pending(me));
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (csrf != null) {
      out.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
    }
    return out;
  }

  @GetMapping("/requests")
  List<RequestView> list(HttpSession session) {
    return requests.mine(me(session));
  }

  @GetMapping("/requests/{id}")
  RequestView one(HttpSession session, @PathVariable long id) {
    return requests.one(me(session), id);
  }

  record NewRequestJson(
      long grantId,
      RequestType type,
      String details,
      String proposedTimes,
      LocalDate day,
      String slot) {}

  @PostMapping("/requests")
  ResponseEntity<RequestView> submit(HttpSession session, @RequestBody NewRequestJson n) {
    long me = me(session);
    long id =
        requests.submit(
            me,
            new LawyerRequests.NewRequest(
                n.grantId(),
                n.type(),
                n.details(),
                n.proposedTimes(),
                n.day(),
                n.slot(),
                List.of()));
    return ResponseEntity.status(HttpStatus.CREATED).body(requests.one(me, id));
  }

  record Text(String text) {}

  @PostMapping("/requests/{id}/supply")
  RequestView supply(HttpSession session, @PathVariable long id, @RequestBody Text t) {
    long me = me(session);
    requests.supply(me, id, t.text(), List.of());
    return requests.one(me, id);
  }

  @PostMapping("/requests/{id}/withdraw")
  RequestView withdraw(HttpSession session, @PathVariable long id) {
    long me = me(session);
    requests.withdraw(me, id);
    return requests.one(me, id);
  }

  @PostMapping("/requests/{id}/complaint")
  RequestView complain(HttpSession session, @PathVariable long id, @RequestBody Text t) {
    long me = me(session);
    requests.complain(me, id, t.text());
    return requests.one(me, id);
  }

  @GetMapping("/bindings/{grantId}/sessions")
  List<ReadingRoom.Session> sessions(HttpSession session, @PathVariable long grantId) {
    return requests.sessions(me(session), grantId);
  }

  /** The electronic file, stamped for the signed-in lawyer; the download is audited. */
  @GetMapping("/files/{token}/{fileId}")
  ResponseEntity<byte[]> download(
      HttpSession session, @PathVariable String token, @PathVariable long fileId) {
    Upload u = requests.download(me(session), token, fileId, Channel.API);
    return StaffLawyersController.file(u.fileName(), u.contentType(), u.content());
  }
}
