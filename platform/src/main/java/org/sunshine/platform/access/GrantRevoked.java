package org.sunshine.platform.access;

/** 案管 revoked a grant; within the module, the grant cache forgets it once that commits. */
record GrantRevoked(long grantId) {}
