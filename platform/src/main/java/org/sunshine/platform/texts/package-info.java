/**
 * The words people read, from the message bundles: {@link Texts} resolves a key (zh-CN, the
 * platform's one locale) from the same bundle files Spring's MessageSource reads, and the refusals
 * ({@link BadInput} 400, {@link Conflict} 409, {@link Forbidden} 403) carry their key, arguments
 * and field while their message is the resolved text. Every module may use it (ADR 35); it uses
 * none.
 */
@ApplicationModule(
    displayName = "Texts",
    allowedDependencies = {})
package org.sunshine.platform.texts;

import org.springframework.modulith.ApplicationModule;
