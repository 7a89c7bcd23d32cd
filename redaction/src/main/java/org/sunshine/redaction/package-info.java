/**
 * The Sunshine redaction engine: proposes the anonymisation (张三 → 张某某) and masking (ID numbers,
 * birth dates, addresses…) of a procuratorate legal document before publication, decides whether it
 * may be published at all, and checks the result independently. Plain Java, no framework: {@link
 * RedactionEngine} is the entry point.
 */
package org.sunshine.redaction;
