package org.relance.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.PersonalFields;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cases of one business whose debtor is the same person as a given case's, found on the read
 * side: two debtors that both have a SIREN are the same when it is the same; otherwise the same
 * e-mail (any case) or the same name (case, accents and spacing ignored) makes them the same; not
 * a phone, which a switchboard or a shared line would give strangers. Erased debtors match no one.
 * Blocking.
 */
final class SamePerson {

  private final DataSource dataSource;
  private final ObjectMapper json;

  SamePerson(DataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /** The case files of the business whose debtor is {@code debtor}, the given case's own among them. */
  List<CaseFile> casesOf(String businessId, Debtor debtor) {
    List<CaseFile> same = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT r.state_json FROM case_read_state r "
             + "JOIN case_summary s ON s.case_id = r.case_id WHERE s.business_id = ? ORDER BY s.opened_at, s.case_id")) {
      st.setString(1, businessId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          CaseFile file = json.readValue(rs.getString(1), CaseFile.class);
          if (same(debtor, file.debtor())) {
            same.add(file);
          }
        }
      }
      return same;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot find the cases of the same debtor: " + e.getMessage(), e);
    }
  }

  static boolean same(Debtor a, Debtor b) {
    if (PersonalFields.ERASED.equals(a.name()) || PersonalFields.ERASED.equals(b.name())) {
      return false;
    }
    if (present(a.siren()) && present(b.siren())) {
      return digits(a.siren()).equals(digits(b.siren()));
    }
    return equal(a.email() == null ? null : a.email().trim().toLowerCase(Locale.ROOT),
        b.email() == null ? null : b.email().trim().toLowerCase(Locale.ROOT))
        || equal(name(a.name()), name(b.name()));
  }

  private static boolean equal(String a, String b) {
    return present(a) && a.equals(b);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  private static String name(String name) {
    return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
