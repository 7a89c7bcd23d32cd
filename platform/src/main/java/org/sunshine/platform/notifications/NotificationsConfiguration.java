package org.sunshine.platform.notifications;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, WechatTemplates.class})
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class NotificationsConfiguration {

  /** A real gateway when one is configured, otherwise the logging adapter. */
  @Bean
  SmsGateway smsGateway(NotificationProperties properties) {
    return properties.smsHttpUrl().isEmpty()
        ? new LoggingSmsGateway()
        : new HttpSmsGateway(properties.smsHttpUrl(), properties.smsHttpToken());
  }

  /**
   * WeChat when a send URL is configured; otherwise every WeChat message is refused (the SMS goes).
   */
  @Bean
  WechatGateway wechatGateway(WechatTemplates templates) {
    return templates.url().isEmpty()
        ? (openid, templateId, page, data) -> {
          throw new WechatGateway.Refused("no WeChat configured");
        }
        : new HttpWechatGateway(templates.url());
  }

  /** Locks in the shared database, timed by the database's clock (instances' clocks may differ). */
  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }
}
