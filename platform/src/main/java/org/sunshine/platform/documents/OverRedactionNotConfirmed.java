package org.sunshine.platform.documents;

import java.util.List;

/**
 * A submission whose public text lost kept items (officials, courts, case numbers…) that the
 * handler did not confirm: the review page shows the form again with the confirmation asked for.
 */
final class OverRedactionNotConfirmed extends IllegalArgumentException {

  private final List<String> lost;

  OverRedactionNotConfirmed(List<String> lost) {
    super("confirmOverRedaction: " + String.join("；", lost));
    this.lost = List.copyOf(lost);
  }

  List<String> lost() {
    return lost;
  }
}
