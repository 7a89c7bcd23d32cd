package org.sunshine.platform.surveys;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sunshine.platform.infrastructure.PublicRateLimit;
import org.sunshine.platform.infrastructure.PublicRateLimit.Allowance;

/**
 * The web form is a public write, and its address a guessable-looking path: answers and token
 * guesses from one client address are limited per minute (429 with Retry-After beyond it).
 */
@Configuration(proxyBeanMethods = false)
class SurveyWriteLimit {

  private static final Allowance FORM = Allowance.perMinute("survey-form", 30);

  @Bean
  PublicRateLimit surveyFormRateLimit() {
    return new PublicRateLimit(
        "surveys",
        request ->
            PublicRateLimit.path(request).startsWith("/survey/")
                ? Optional.of(FORM)
                : Optional.empty());
  }
}
