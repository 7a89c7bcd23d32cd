package org.sunshine.platform.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadlinePolicy.class, WorkingCalendar.class})
class CasesConfiguration {}
