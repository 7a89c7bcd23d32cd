package org.sunshine.platform.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.DepartmentView;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.redaction.DocumentType;

/** Names for the ids the ledger keeps (units, departments, staff), asked once per page. */
@Component
class Names {

  private final Directory directory;
  private final StaffAccounts accounts;

  Names(Directory directory, StaffAccounts accounts) {
    this.directory = directory;
    this.accounts = accounts;
  }

  /** One page's worth of look-ups; each id is asked once. */
  final class Lookup {
    private final Map<Long, String> units = new HashMap<>();
    private final Map<Long, String> departments = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();

    public String unit(long id) {
      return units.computeIfAbsent(id, u -> directory.get(u).name());
    }

    public String department(Long id, long unitId) {
      if (id == null) {
        return "";
      }
      if (!departments.containsKey(id)) {
        for (DepartmentView d : directory.departments(unitId)) {
          departments.put(d.id(), d.name());
        }
      }
      return departments.getOrDefault(id, "");
    }

    /** A department named by its id as text (a group's key on the dashboard). */
    public String department(String id, long unitId) {
      return department(Long.valueOf(id), unitId);
    }

    /** A document type's title, from its name (a group's key). */
    public String type(String name) {
      return DocumentType.valueOf(name).title();
    }

    /** The figures, in the order the tables show them. */
    public List<Figure> figures() {
      return List.of(Figure.values());
    }

    public String person(String username) {
      if (!staff.containsKey(username)) {
        preload(List.of(username));
      }
      return staff.get(username);
    }

    /** Looks the names of many people up in one query (a table of handlers, a list of entries). */
    Lookup preload(Collection<String> usernames) {
      List<String> missing =
          usernames.stream().distinct().filter(u -> !staff.containsKey(u)).toList();
      if (!missing.isEmpty()) {
        Map<String, String> found = accounts.displayNames(missing);
        missing.forEach(u -> staff.put(u, found.getOrDefault(u, u)));
      }
      return this;
    }

    EntryLine line(LedgerEntry e) {
      return new EntryLine(
          e.documentId(),
          e.documentNumber(),
          DocumentType.valueOf(e.type()).title(),
          unit(e.unitId()),
          e.dueOn(),
          e.state(),
          e.publishedOn(),
          e.handler(),
          person(e.handler()),
          department(e.departmentId(), e.unitId()));
    }

    List<EntryLine> lines(List<LedgerEntry> entries) {
      preload(entries.stream().map(LedgerEntry::handler).toList());
      return entries.stream().map(this::line).toList();
    }
  }

  Lookup lookup() {
    return new Lookup();
  }
}
