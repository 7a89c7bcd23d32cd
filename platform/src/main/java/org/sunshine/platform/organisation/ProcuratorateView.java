package org.sunshine.platform.organisation;

/**
 * A procuratorate as shown in the public directory and the console. All fields are public
 * information.
 */
public record ProcuratorateView(
    long id,
    String code,
    String name,
    String shortName,
    ProcuratorateLevel level,
    Long parentId,
    String divisionCode,
    String address,
    String postalCode,
    String servicePhone) {}
