package org.sunshine.platform.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Assembled cases for the parties' status queries, the hottest read of the platform. An entry is
 * keyed by the case's revision, which database triggers bump on every change to the case, its
 * parties, events, measures or screening (V7), so a changed case is never answered from the cache;
 * and by the day, because the deadline's plain text counts days.
 */
@Component
class DisclosureCache {

  private final Cache<Key, CaseView> views =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterAccess(Duration.ofHours(1)).build();

  private record Key(long caseId, long revision, LocalDate today) {}

  CaseView get(long caseId, long revision, LocalDate today, Supplier<CaseView> assemble) {
    return views.get(new Key(caseId, revision, today), key -> assemble.get());
  }
}
