package org.sunshine.platform.lawyers;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.sunshine.platform.access.LawyerGrants;

/**
 * The lawyer API's writes that carry files, as {@code multipart/form-data} (a mini-program's
 * uploadFile): the licence copy, a case binding's 委托书 and 律所函, and a request's attachments. The
 * same services and byte checks as the pages: a file that is not what its bytes say, or over the
 * limit, answers 400 naming the part, and nothing is written.
 */
@RestController
@RequestMapping("/api/v1/lawyer")
class LawyerUploadApi {

  private final LawyerGrants grants;
  private final LawyerAccounts accounts;
  private final LawyerRequests requests;
  private final CaseBindings bindings;

  LawyerUploadApi(
      LawyerGrants grants,
      LawyerAccounts accounts,
      LawyerRequests requests,
      CaseBindings bindings) {
    this.grants = grants;
    this.accounts = accounts;
    this.requests = requests;
    this.bindings = bindings;
  }

  private long me(HttpSession session) {
    return grants.signedIn(session).orElseThrow(LawyerApi.SignInRequired::new);
  }

  record Registered(long id, String status) {}

  /** Identity, once: 执业证号, 律所 and the licence copy, for 案管 of the chosen unit to verify. */
  @PostMapping(path = "/me/profile", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Registered> register(
      HttpSession session,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String licenceNo,
      @RequestParam(required = false) String lawFirm,
      @RequestParam(defaultValue = "0") long unitId,
      @RequestPart(required = false) MultipartFile licence)
      throws IOException {
    long me = me(session);
    long id =
        accounts.register(
            me,
            new LawyerForm(name, idNumber, licenceNo, lawFirm, unitId),
            LawyerSiteController.upload(licence));
    String status = accounts.of(me).map(LawyerRows.LawyerRow::status).orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(id, status));
  }

  /** A binding for one case and party, sent to 案管 as an access application (202: not yet bound). */
  @PostMapping(path = "/bindings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<LawyerGrants.Pending> bind(
      HttpSession session,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String partyName,
      @RequestParam(defaultValue = "true") boolean defence,
      @RequestParam(defaultValue = "false") boolean legalAid,
      @RequestParam(defaultValue = "0") long unitId,
      @RequestPart(required = false) MultipartFile powerOfAttorney,
      @RequestPart(required = false) MultipartFile firmLetter)
      throws IOException {
    long me = me(session);
    long application =
        bindings.file(
            me,
            new CaseBindings.Form(
                caseNumber,
                partyName,
                defence,
                legalAid,
                unitId,
                LawyerSiteController.upload(powerOfAttorney),
                LawyerSiteController.upload(firmLetter)));
    LawyerGrants.Pending pending =
        grants.pending(me).stream()
            .filter(p -> p.applicationId() == application)
            .findFirst()
            .orElseThrow();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(pending);
  }

  /** A request with its attachments (辩护意见, 证据材料): the JSON filing's fields as form fields. */
  @PostMapping(path = "/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<RequestView> submit(
      HttpSession session,
      @RequestParam long grantId,
      @RequestParam(required = false) RequestType type,
      @RequestParam(required = false) String details,
      @RequestParam(required = false) String proposedTimes,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String slot,
      @RequestPart(required = false) List<MultipartFile> attachments)
      throws IOException {
    long me = me(session);
    long id =
        requests.submit(
            me,
            new LawyerRequests.NewRequest(
                grantId, type, details, proposedTimes, day, slot, uploads(attachments)));
    return ResponseEntity.status(HttpStatus.CREATED).body(requests.one(me, id));
  }

  /** What 案管 asked for, with files: the clock runs again. */
  @PostMapping(path = "/requests/{id}/supply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RequestView supply(
      HttpSession session,
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestPart(required = false) List<MultipartFile> attachments)
      throws IOException {
    long me = me(session);
    requests.supply(me, id, text, uploads(attachments));
    return requests.one(me, id);
  }

  private static List<Upload> uploads(List<MultipartFile> parts) throws IOException {
    List<Upload> out = new ArrayList<>();
    for (MultipartFile f : parts == null ? List.<MultipartFile>of() : parts) {
      if (f != null && !f.isEmpty()) {
        out.add(LawyerSiteController.upload(f));
      }
    }
    return out;
  }
}
