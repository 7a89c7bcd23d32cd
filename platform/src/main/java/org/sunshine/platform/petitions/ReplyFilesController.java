package org.sunshine.platform.petitions;

import jakarta.servlet.http.HttpSession;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Replies as PDF letters (to the petitioner who opened the matter in this session, or to staff who
 * may read it) and scans (staff only).
 */
@Controller
class ReplyFilesController {

  private final PetitionRows rows;
  private final PetitionAccess access;
  private final ReplyLetters letters;
  private final Directory directory;
  private final AuditLog audit;
  private final MessageSource messages;

  ReplyFilesController(
      PetitionRows rows,
      PetitionAccess access,
      ReplyLetters letters,
      Directory directory,
      AuditLog audit,
      MessageSource messages) {
    this.messages = messages;
    this.audit = audit;
    this.rows = rows;
    this.access = access;
    this.letters = letters;
    this.directory = directory;
  }

  @GetMapping("/petitions/replies/{replyId}.pdf")
  ResponseEntity<byte[]> publicLetter(HttpSession session, @PathVariable long replyId) {
    var reply = rows.replyById(replyId).orElseThrow(NoSuchElementException::new);
    Object tracked =
        session == null ? null : session.getAttribute(PublicPetitionsController.TRACKED);
    if (!(tracked instanceof Long id) || !follows(reply.petitionId(), id)) {
      throw new NoSuchElementException("reply " + replyId);
    }
    return pdf(reply);
  }

  /** Whether the reply's matter is the one followed or one it was transferred on to (移送). */
  private boolean follows(long replyOf, long followed) {
    Long at = replyOf;
    while (at != null) {
      if (at == followed) {
        return true;
      }
      at = rows.find(at).map(r -> r.petition().transferredFrom).orElse(null);
    }
    return false;
  }

  @GetMapping("/console/petitions/{id}/replies/{replyId}.pdf")
  ResponseEntity<byte[]> staffLetter(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long replyId) {
    access.readable(me, id);
    var reply = rows.replyById(replyId).filter(r -> r.petitionId() == id);
    return pdf(reply.orElseThrow(NoSuchElementException::new));
  }

  @GetMapping("/console/petitions/{id}/scans/{scanId}")
  ResponseEntity<byte[]> scan(
      @AuthenticationPrincipal(expression = "identity") StaffIdentity me,
      @PathVariable long id,
      @PathVariable long scanId) {
    access.readable(me, id);
    var scan = rows.scanContent(id, scanId).orElseThrow(NoSuchElementException::new);
    // Scans are often identity cards: each opening is audited.
    audit.record(
        me.username(),
        me.unitId(),
        "VIEW_PETITION_SCAN",
        Petitions.SUBJECT,
        String.valueOf(id),
        "scan " + scanId,
        Channel.CONSOLE);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(scan.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("scan-" + scanId).build().toString())
        .body(scan.content());
  }

  private ResponseEntity<byte[]> pdf(PetitionRows.ReplyRow reply) {
    long unit = rows.find(reply.petitionId()).orElseThrow().petition().unitId;
    byte[] bytes =
        letters.render(
            messages.getMessage("petitions.letter.title", null, PetitionReplies.ZH),
            directory.get(unit).name(),
            reply.body());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("reply-" + reply.id() + ".pdf").build().toString())
        .body(bytes);
  }
}
