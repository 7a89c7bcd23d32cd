package org.sunshine.platform.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Command: open a staff account in a unit. */
public record NewStaffAccount(
    @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{account.username.pattern}")
        String username,
    @NotBlank @Size(max = 50) String displayName,
    @NotNull Long unitId,
    Long departmentId,
    @NotEmpty Set<Role> roles,
    @NotNull DataScope dataScope) {}
