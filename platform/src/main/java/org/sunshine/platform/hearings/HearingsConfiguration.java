package org.sunshine.platform.hearings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HearingsProperties.class)
class HearingsConfiguration {}
