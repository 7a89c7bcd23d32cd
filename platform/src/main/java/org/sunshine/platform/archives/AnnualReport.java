package org.sunshine.platform.archives;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * A unit's annual 检务公开 report (seed 001: the year's disclosure work published before 31 December).
 * 案管 edits the text sections of a draft while its figures follow the facades; at submission the
 * text and figures are fixed under one SHA-256 that approval signs; the last approval publishes it,
 * and a published report never changes (a trigger too). A return reopens the draft.
 */
record AnnualReport(
    long id,
    long unitId,
    int year,
    Status status,
    Sections sections,
    AnnualFigures figures,
    String contentSha256,
    Instant updatedAt,
    String updatedBy,
    Instant publishedAt) {

  enum Status {
    DRAFT,
    IN_APPROVAL,
    PUBLISHED
  }

  /** The five sections (主动公开, 依申请公开, 异议和申诉, 存在的问题和改进, 监督检查). */
  record Sections(
      String active, String request, String objection, String problems, String oversight) {

    static final int MAX = 5000;

    Sections {
      active = strip(active);
      request = strip(request);
      objection = strip(objection);
      problems = strip(problems);
      oversight = strip(oversight);
    }

    private static String strip(String s) {
      return s == null ? "" : s.strip().replace("\r\n", "\n");
    }

    /** The first section that is empty or too long, as "field: why"; null when all are fine. */
    String problem() {
      String[][] all = {
        {"active", active},
        {"request", request},
        {"objection", objection},
        {"problems", problems},
        {"oversight", oversight}
      };
      for (String[] s : all) {
        if (s[1].isEmpty()) {
          return s[0] + ": " + Texts.text("archives.annual-report.section.required");
        }
        if (s[1].length() > MAX) {
          return s[0] + ": " + Texts.text("archives.annual-report.section.too-long", MAX);
        }
      }
      return null;
    }
  }

  AnnualReport edit(Sections s, AnnualFigures f, String by, Instant at) {
    requireDraft();
    String problem = s.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new AnnualReport(id, unitId, year, status, s, f, null, at, by, null);
  }

  /** Figures recomputed while the report is a draft (they are fixed from submission on). */
  AnnualReport refigured(AnnualFigures f) {
    requireDraft();
    return new AnnualReport(
        id, unitId, year, status, sections, f, null, updatedAt, updatedBy, null);
  }

  AnnualReport submit(String by, Instant at) {
    requireDraft();
    String problem = sections.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new AnnualReport(
        id, unitId, year, Status.IN_APPROVAL, sections, figures, hash(), at, by, null);
  }

  AnnualReport returned() {
    require(Status.IN_APPROVAL, "archives.annual-report.not-in-approval");
    return new AnnualReport(
        id, unitId, year, Status.DRAFT, sections, figures, null, updatedAt, updatedBy, null);
  }

  AnnualReport publish(Instant at) {
    require(Status.IN_APPROVAL, "archives.annual-report.not-in-approval");
    return new AnnualReport(
        id,
        unitId,
        year,
        Status.PUBLISHED,
        sections,
        figures,
        contentSha256,
        updatedAt,
        updatedBy,
        at);
  }

  private void requireDraft() {
    require(Status.DRAFT, "archives.annual-report.edit.submitted");
  }

  private void require(Status s, String key) {
    if (status != s) {
      throw Conflict.of(key);
    }
  }

  /** What approval signs: every section and every figure. */
  String hash() {
    String text =
        String.join(
            "\u0000",
            sections.active(),
            sections.request(),
            sections.objection(),
            sections.problems(),
            sections.oversight(),
            figures.serialise());
    return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
