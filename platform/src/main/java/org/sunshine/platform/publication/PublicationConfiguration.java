package org.sunshine.platform.publication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReleaseCategories.class)
class PublicationConfiguration {}
