package org.sunshine.platform.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
      throw new IllegalStateException("检查已完成，不能再修改检查记录");
    }
  }

  /** Completes the inspection: every item of the checklist answered, a summary written. */
  Inspection complete(
      List<String> checklist, Map<String, ?> answered, String by, String text, Instant at) {
    requireRecording();
    List<String> missing = checklist.stream().filter(i -> !answered.containsKey(i)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("checklist: 还有 " + missing.size() + " 项检查内容未填写");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("summary: 请填写检查结论");
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
    return year + (half == 1 ? "上半年" : "下半年");
  }
}
