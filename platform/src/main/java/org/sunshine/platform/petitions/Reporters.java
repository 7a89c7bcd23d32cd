package org.sunshine.platform.petitions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only, and only a yes/no about a number: whether a mobile number belongs to someone who
 * reported (举报) one of these cases. The satisfaction survey asks it so that a 举报人 is never
 * contacted about the case they reported (seed 003); no name or petition leaves the module.
 */
@Service
public class Reporters {

  private final JdbcClient jdbc;

  Reporters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which of these mobile numbers were given on a report (举报) naming any of these case numbers:
   * only the asked numbers come back, never the reporters' list. Numbers are compared on their last
   * eleven digits, so "138 1234 5678" or "+86 13812345678" typed at the window still count.
   */
  @Transactional(readOnly = true)
  public Set<String> reportersAmong(Collection<String> caseNumbers, Collection<String> mobiles) {
    Map<String, String> byDigits = new HashMap<>();
    for (String m : mobiles) {
      String digits = lastElevenDigits(m);
      if (digits != null) {
        byDigits.put(digits, m);
      }
    }
    if (caseNumbers.isEmpty() || byDigits.isEmpty()) {
      return Set.of();
    }
    List<String> found =
        jdbc.sql(
                """
                select distinct right(regexp_replace(r.mobile, '[^0-9]', '', 'g'), 11)
                from petition p join petitioner r on r.petition_id = p.id
                where p.kind = 'REPORT' and r.mobile is not null and p.case_number in (:numbers)
                  and right(regexp_replace(r.mobile, '[^0-9]', '', 'g'), 11) in (:mobiles)""")
            .param("numbers", List.copyOf(caseNumbers))
            .param("mobiles", List.copyOf(byDigits.keySet()))
            .query(String.class)
            .list();
    return found.stream().map(byDigits::get).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String lastElevenDigits(String mobile) {
    if (mobile == null) {
      return null;
    }
    String digits = mobile.replaceAll("[^0-9]", "");
    return digits.length() < 11 ? null : digits.substring(digits.length() - 11);
  }
}
