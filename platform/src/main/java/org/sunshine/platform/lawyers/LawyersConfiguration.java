package org.sunshine.platform.lawyers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LawyerProperties.class)
class LawyersConfiguration {}
