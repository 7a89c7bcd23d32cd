package org.sunshine.platform.access;

/** An application was submitted, or its materials completed (a split deployment forwards it). */
public record AccessApplicationSubmitted(long applicationId) {}
