package org.relance.privacy;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.PersonalFields;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.*;

/** Who counts as the same debtor across a business's cases: SIREN when both have one, else e-mail or name. */
class SamePersonTest {

  private static Debtor debtor(String name, String siren, String email, String phone) {
    return new Debtor(name, DebtorType.BUSINESS, null, siren, null, email, phone, Language.FR, ZoneId.of("Europe/Paris"));
  }

  @Test
  void bothSirensDecide() {
    assertTrue(SamePerson.same(debtor("Martin", "123 456 789", null, null), debtor("Autre", "123456789", null, null)));
    assertFalse(SamePerson.same(debtor("Martin", "123456789", "a@b.fr", null), debtor("Martin", "987654321", "a@b.fr", null)),
        "two SIRENs that differ are two companies, whatever the name");
  }

  @Test
  void otherwiseTheEmailOrTheNameButNotThePhone() {
    assertTrue(SamePerson.same(debtor("X", null, "Martin@Boulangerie.fr ", null), debtor("Y", "123456789", "martin@boulangerie.fr", null)));
    assertTrue(SamePerson.same(debtor("Épicerie  ROUX", null, null, null), debtor("epicerie roux", null, null, null)));
    assertFalse(SamePerson.same(debtor("Roux", null, null, "+33612345678"), debtor("Durand", null, null, "+33612345678")));
    assertFalse(SamePerson.same(debtor(PersonalFields.ERASED, null, null, null), debtor(PersonalFields.ERASED, null, null, null)),
        "erased debtors match no one");
  }
}
