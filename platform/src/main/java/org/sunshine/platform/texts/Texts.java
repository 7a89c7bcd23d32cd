package org.sunshine.platform.texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * A bundle's text by its key, in zh-CN, read from the bundle files named by {@code
 * spring.messages.basename} in application.yml, so code that builds a text outside a request (an
 * aggregate refusing a transition, a label in an export) says what the pages say. Arguments are
 * written as Java's {@code +} writes them ({@code String.valueOf}: 2026, not 2,026). A missing key
 * fails (NoSuchMessageException): a refusal never reaches a person as a key.
 */
public final class Texts {

  /** The platform's one locale (spring.web.locale). */
  public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

  private static final ResourceBundleMessageSource BUNDLES = bundles();

  private Texts() {}

  /** The text of {@code key}, its {0}, {1}… filled with {@code args}. */
  public static String text(String key, Object... args) {
    Object[] written = Arrays.stream(args).map(String::valueOf).toArray();
    return BUNDLES.getMessage(key, written, LOCALE);
  }

  private static ResourceBundleMessageSource bundles() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties settings = yaml.getObject();
    String names = settings == null ? null : settings.getProperty("spring.messages.basename");
    if (names == null) {
      throw new IllegalStateException("application.yml names no spring.messages.basename");
    }
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(names.split("\\s*,\\s*"));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
