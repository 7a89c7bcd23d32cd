package org.sunshine.platform.organisation;

/** Command: register a procuratorate under its parent (null only for the supreme procuratorate). */
public record NewProcuratorate(
    String code,
    String name,
    String shortName,
    ProcuratorateLevel level,
    Long parentId,
    String divisionCode,
    String address,
    String postalCode,
    String servicePhone) {}
