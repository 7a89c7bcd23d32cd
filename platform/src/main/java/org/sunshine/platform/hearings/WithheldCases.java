package org.sunshine.platform.hearings;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseWithheld;

/** A case found withheld by law after its hearing was announced: the public loses sight of it. */
@Component
class WithheldCases {

  private final Hearings hearings;

  WithheldCases(Hearings hearings) {
    this.hearings = hearings;
  }

  @ApplicationModuleListener
  void on(CaseWithheld e) {
    hearings.withdrawForCase(e.caseId(), e.caseNumber());
  }
}
