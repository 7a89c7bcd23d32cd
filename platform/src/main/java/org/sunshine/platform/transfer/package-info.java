/**
 * Transfer (issue 7, first part): signed one-way packages between an internal and a public node. A
 * package is a directory of JSON Lines and attachments with a manifest (sequence number, SHA-256
 * and size of every file) signed with Ed25519. The reader refuses a bad signature, a changed or
 * missing file, a gap in the sequence and a replay, and applies nothing from a refused package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer")
package org.sunshine.platform.transfer;
