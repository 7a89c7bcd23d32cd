package org.sunshine.platform.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inspection report (检查报告) as PDF: checklist with results, findings, required corrections with
 * their responsible unit, due date and state on the day it is printed.
 */
@Component
class InspectionPdf {

  private final ReportPdf typesetter;
  private final MessageSource messages;

  InspectionPdf(ReportPdf typesetter, MessageSource messages) {
    this.typesetter = typesetter;
    this.messages = messages;
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, Locale.CHINA);
  }

  byte[] render(
      String unitName,
      String inspectorUnitName,
      Inspection i,
      List<String> checklist,
      Map<String, InspectionRows.Check> checks,
      List<InspectionRows.Finding> findings,
      List<Correction> corrections,
      Names.Lookup names) {
    List<String> text = new ArrayList<>();
    text.add(t("inspection.pdf.by", inspectorUnitName, i.period()));
    text.add(t("inspection.status." + i.status()));
    text.add("");
    text.add(t("inspection.checklist"));
    int n = 0;
    for (String item : checklist) {
      InspectionRows.Check c = checks.get(item);
      text.add(
          ++n
              + ". "
              + t("inspection.item." + item)
              + "  "
              + (c == null ? t("inspection.result.none") : t("inspection.result." + c.result()))
              + (c == null || c.note() == null ? "" : "  " + c.note()));
    }
    text.add("");
    text.add(t("inspection.findings"));
    n = 0;
    for (InspectionRows.Finding f : findings) {
      text.add(++n + ". " + f.text());
    }
    text.add("");
    text.add(t("inspection.corrections"));
    n = 0;
    for (Correction c : corrections) {
      text.add(
          ++n
              + ". "
              + c.requirement()
              + (c.documentNumber() == null ? "" : "（" + c.documentNumber() + "）")
              + "  "
              + names.unit(c.unitId())
              + "  "
              + t("inspection.due", c.dueOn().toString())
              + "  "
              + t("correction.status." + c.status()));
    }
    if (i.summary() != null) {
      text.add("");
      text.add(t("inspection.summary"));
      text.add(i.summary());
    }
    return typesetter.typeset(t("inspection.pdf.title", unitName, i.period()), text);
  }
}
