package org.sunshine.platform.publication;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The release categories in use ({@code sunshine.releases.categories}); each has a label {@code
 * category.<NAME>} in messages.
 */
@ConfigurationProperties("sunshine.releases")
public record ReleaseCategories(List<String> categories) {

  public ReleaseCategories {
    categories =
        categories == null || categories.isEmpty()
            ? List.of("TYPICAL_CASE", "HOT_CASE", "DUTY_CRIME", "OTHER")
            : List.copyOf(categories);
  }

  public List<String> names() {
    return categories;
  }
}
