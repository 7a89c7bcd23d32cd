package org.sunshine.platform.organisation;

import java.time.Instant;
import java.util.Set;

/** A staff account as listed to administrators. */
public record StaffAccountView(
    long id,
    String username,
    String displayName,
    long unitId,
    String unitName,
    String departmentName,
    Set<Role> roles,
    DataScope dataScope,
    boolean enabled,
    Instant createdAt) {}
