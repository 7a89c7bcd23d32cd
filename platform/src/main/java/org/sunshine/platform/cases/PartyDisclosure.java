package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The seven items of one party's procedural record (第七条): 案由, 受理时间, 办案期限, 办案组织, 办案进程, 强制措施, 处理结果 —
 * and nothing about the other parties. When screening withholds the record, only that fact is
 * given.
 */
public record PartyDisclosure(
    boolean disclosable,
    String caseNumber,
    String charge,
    LocalDate acceptedOn,
    Deadline deadline,
    String unitName,
    String caseTeam,
    List<EventView> timeline,
    List<MeasureView> measures,
    CaseEventType outcome) {

  /** The day the party's record was concluded (审结, 不起诉, 提起公诉 …), if it has been. */
  public Optional<LocalDate> concludedOn() {
    return timeline.stream()
        .filter(e -> e.type().concludes())
        .map(EventView::occurredOn)
        .reduce((a, b) -> b);
  }
}
