package org.sunshine.platform.petitions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PetitionProperties.class, HallProperties.class})
class PetitionsConfiguration {}
