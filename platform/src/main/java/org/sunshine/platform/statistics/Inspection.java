package org.sunshine.platform.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * A half-yearly inspection (监督检查, seed 001: "每六个月检查一次"): recorded by the inspector role of the
 * inspecting unit while {@code RECORDING}, then completed — which needs every checklist item
 * answered — and never changed afterwards; its corrections are followed up on their own.
 */
record Inspection(
    long id,
    long unitId,
    long inspectorUnitId,
    int year,
    int half,
    String status,
    String openedBy,
    Instant openedAt,
    String completedBy,
    Instant completedAt,
    String summary) {

  static final String RECORDING = "RECORDING";
  static final String COMPLETED = "COMPLETED";

  /** Checks, findings and corrections are recorded only before the inspection is completed. */
  void requireRecording() {
    if (!RECORDING.equals(status)) {
      throw Conflict.of("statistics.inspection.completed");
    }
  }

  /** Completes the inspection: every item of the checklist answered, a summary written. */
  Inspection complete(
      List<String> checklist, Map<String, ?> answered, String by, String text, Instant at) {
    requireRecording();
    List<String> missing = checklist.stream().filter(i -> !answered.containsKey(i)).toList();
    if (!missing.isEmpty()) {
      throw BadInput.at("checklist", "statistics.inspection.checklist.incomplete", missing.size());
    }
    if (text == null || text.isBlank()) {
      throw BadInput.at("summary", "statistics.inspection.summary.required");
    }
    return new Inspection(
        id,
        unitId,
        inspectorUnitId,
        year,
        half,
        COMPLETED,
        openedBy,
        openedAt,
        by,
        at,
        text.strip());
  }

  public String period() {
    return year
        + (half == 1
            ? Texts.text("statistics.inspection.half.first")
            : Texts.text("statistics.inspection.half.second"));
  }
}
