package org.sunshine.platform.documents;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/** Who may do what to which document: by role and by unit. */
@Component
class DocumentAccess {

  private final DocumentRows rows;
  private final Directory directory;

  DocumentAccess(DocumentRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  /** Staff whose data scope covers the document's unit (administrators do no case work). */
  DocumentRows.DocumentRow readable(StaffIdentity staff, long documentId) {
    DocumentRows.DocumentRow d =
        rows.find(documentId).orElseThrow(() -> new NoSuchElementException("document"));
    if (!covers(staff, d.unitId()) || !mayReadOriginals(staff)) {
      throw new NoSuchElementException("document");
    }
    return d;
  }

  /** The handling unit's 承办人: edits the redaction, submits, records mandatory withholding. */
  LegalDocument forHandler(StaffIdentity staff, long documentId) {
    return locked(staff, documentId, Role.CASE_HANDLER);
  }

  /** Locks the document for a transition by a staff member of its own unit holding the role. */
  LegalDocument locked(StaffIdentity staff, long documentId, Role... roles) {
    readable(staff, documentId);
    DocumentRows.DocumentRow d = rows.lock(documentId).orElseThrow();
    if (staff.unitId() != d.unitId()) {
      throw new AccessDeniedException("only the handling unit acts on its documents");
    }
    if (roles.length > 0 && Arrays.stream(roles).noneMatch(staff::hasRole)) {
      throw new AccessDeniedException("needs one of " + Arrays.toString(roles));
    }
    return new LegalDocument(d);
  }

  boolean covers(StaffIdentity staff, long unitId) {
    return directory.unitsVisibleTo(staff).contains(unitId);
  }

  /** Case work and its oversight read originals; the press office, 控申 and administrators do not. */
  private static boolean mayReadOriginals(StaffIdentity staff) {
    return Stream.of(
            Role.CASE_HANDLER,
            Role.DEPARTMENT_HEAD,
            Role.DEPUTY_CHIEF,
            Role.CHIEF_PROCURATOR,
            Role.CASE_MANAGEMENT,
            Role.INSPECTOR)
        .anyMatch(staff::hasRole);
  }
}
