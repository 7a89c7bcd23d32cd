package org.sunshine.platform.lawyers;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;

/**
 * 网上阅卷 (2023 意见: the electronic file by default): the handler releases PDFs to a granted online
 * request; the lawyer gets a link valid {@code link-validity} (seven days) and downloads each file
 * stamped on every page with their name, licence number and the time. Every download is audited;
 * lawyers' own uploads (opinions, evidence) are kept beside them for the handler.
 */
@Component
class ElectronicFiles {

  static final String CASE_FILE = "CASE_FILE";
  static final String MATERIAL = "MATERIAL";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final JdbcClient jdbc;
  private final Pdfs pdfs;
  private final AuditLog audit;
  private final LawyerProperties properties;
  private final MessageSource messages;
  private final Clock clock;

  ElectronicFiles(
      JdbcClient jdbc,
      Pdfs pdfs,
      AuditLog audit,
      LawyerProperties properties,
      MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.pdfs = pdfs;
    this.audit = audit;
    this.properties = properties;
    this.messages = messages;
    this.clock = clock;
  }

  record FileInfo(long id, String kind, String fileName, String uploadedBy, Instant uploadedAt) {}

  record Link(String token, Instant expiresAt, boolean expired) {}

  void add(long requestId, String kind, Upload u, String by) {
    jdbc.sql(
            """
            insert into lawyer_file (request_id, kind, file_name, content_type, content, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            requestId,
            kind,
            u.fileName(),
            u.contentType(),
            u.content(),
            by,
            Timestamp.from(clock.instant()))
        .update();
  }

  List<FileInfo> of(long requestId) {
    return jdbc.sql(
            "select id, kind, file_name, uploaded_by, uploaded_at from lawyer_file where request_id = ? order by id")
        .param(requestId)
        .query(
            (rs, n) ->
                new FileInfo(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  /** A new link, valid from now; the one before stops working. */
  Link issueLink(long requestId) {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    Instant now = clock.instant();
    Instant expires = now.plus(properties.linkValidity());
    jdbc.sql("delete from lawyer_download_link where request_id = ?").param(requestId).update();
    jdbc.sql(
            "insert into lawyer_download_link (token, request_id, expires_at, created_at) values (?, ?, ?, ?)")
        .params(token, requestId, Timestamp.from(expires), Timestamp.from(now))
        .update();
    return new Link(token, expires, false);
  }

  Optional<Link> linkOf(long requestId) {
    Instant now = clock.instant();
    return jdbc.sql("select token, expires_at from lawyer_download_link where request_id = ?")
        .param(requestId)
        .query(
            (rs, n) -> {
              Instant e = rs.getTimestamp(2).toInstant();
              return new Link(rs.getString(1), e, !now.isBefore(e));
            })
        .optional();
  }

  /** The request a live link opens; empty for an unknown or expired link. */
  Optional<Long> requestOfLink(String token) {
    return jdbc.sql(
            "select request_id from lawyer_download_link where token = ? and expires_at > ?")
        .params(token, Timestamp.from(clock.instant()))
        .query(Long.class)
        .optional();
  }

  /**
   * A released file of the request, stamped for this lawyer now, and the download audited (who,
   * which file, on which channel).
   */
  Upload stampedDownload(
      long requestId, long fileId, LawyerRows.LawyerRow lawyer, Long unitId, Channel channel) {
    Upload file =
        jdbc.sql(
                "select file_name, content_type, content from lawyer_file where id = ? and request_id = ? and kind = ?")
            .params(fileId, requestId, CASE_FILE)
            .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .optional()
            .orElseThrow(() -> new NoSuchElementException("file " + fileId));
    String stamp =
        messages.getMessage(
            "lawyers.stamp",
            new Object[] {lawyer.name(), lawyer.licenceNo(), TIME.format(clock.instant())},
            Locale.SIMPLIFIED_CHINESE);
    audit.record(
        "applicant:" + lawyer.applicantId(),
        unitId,
        "DOWNLOAD_CASE_FILE",
        "LawyerRequest",
        String.valueOf(requestId),
        "file " + fileId + " " + file.fileName(),
        channel);
    return new Upload(file.fileName(), file.contentType(), pdfs.stamp(file.content(), stamp));
  }

  /** A file the lawyer uploaded, for the handler (audited by the caller). */
  Upload material(long requestId, long fileId) {
    return jdbc.sql(
            "select file_name, content_type, content from lawyer_file where id = ? and request_id = ?")
        .params(fileId, requestId)
        .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NoSuchElementException("file " + fileId));
  }
}
