package org.sunshine.redaction;

import java.util.List;

/**
 * The legal document types of the disclosure rules, with the words that name them in a document's
 * heading.
 */
public enum DocumentType {
  INDICTMENT("起诉书", List.of("起诉书")),
  PROTEST("抗诉书", List.of("刑事抗诉书", "抗诉书")),
  NON_PROSECUTION_DECISION("不起诉决定书", List.of("不起诉决定书")),
  PETITION_REVIEW_DECISION("刑事申诉复查决定书", List.of("刑事申诉复查决定书", "申诉复查决定书")),
  NO_CASE_DECISION("不立案决定书", List.of("不立案决定书", "不立案通知书")),
  CASE_WITHDRAWAL_DECISION("撤销案件决定书", List.of("撤销案件决定书")),
  ARREST_REFUSAL_DECISION("不批准逮捕决定书", List.of("不批准逮捕决定书")),
  OTHER("法律文书", List.of());

  private final String title;
  private final List<String> headings;

  DocumentType(String title, List<String> headings) {
    this.title = title;
    this.headings = headings;
  }

  /** The name used in the public title: 起诉书（张某某涉嫌盗窃案）. */
  public String title() {
    return title;
  }

  /**
   * Recognises the type from the first lines, where the heading stands (spaces between characters,
   * as in "起 诉 书", are ignored). Longer headings are tried first so 不起诉决定书 is not taken for 起诉书.
   */
  public static DocumentType detect(String text) {
    String head =
        text.lines().limit(8).map(l -> l.replaceAll("[\\s\\u3000]", "")).reduce("", String::concat);
    DocumentType best = OTHER;
    int bestLength = 0;
    for (DocumentType type : values()) {
      for (String heading : type.headings) {
        if (head.contains(heading) && heading.length() > bestLength) {
          best = type;
          bestLength = heading.length();
        }
      }
    }
    return best;
  }
}
