package org.sunshine.platform.statistics;

import java.time.LocalDate;

/** A line of a figure's list: the document, its due date, where it stands and who holds it. */
record EntryLine(
    long documentId,
    String documentNumber,
    String typeTitle,
    String unitName,
    LocalDate dueOn,
    String state,
    LocalDate publishedOn,
    String handler,
    String handlerName,
    String departmentName) {}
