package org.sunshine.platform.infrastructure;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured, so the node starts its own embedded PostgreSQL. */
class NoExternalDatabaseCondition implements Condition {

  static boolean externalDatabaseConfigured(Environment env) {
    String url = env.getProperty("spring.datasource.url");
    return url != null && !url.isBlank();
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !externalDatabaseConfigured(context.getEnvironment());
  }
}
