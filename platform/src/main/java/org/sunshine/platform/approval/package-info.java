/**
 * Approval: a reusable chain of steps (承办人 submits → 部门负责人 → 分管副检察长 or 检察长 → 案件管理部门 复核) for any
 * subject. The chains are configuration, every decision is recorded with the exact text version it
 * was made on, and a change to the text after any approval restarts the chain.
 */
@ApplicationModule(
    displayName = "Approval",
    allowedDependencies = {"organisation", "texts"})
package org.sunshine.platform.approval;

import org.springframework.modulith.ApplicationModule;
