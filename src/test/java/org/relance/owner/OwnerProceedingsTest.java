package org.relance.owner;

import org.junit.jupiter.api.Test;
import org.relance.common.CollectiveProceedings;
import org.relance.common.Language;
import org.relance.common.Party;
import org.relance.common.PostalAddress;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.messages.MessageTemplates;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's notice of collective proceedings: the law, the deadline, the declaration's button, in French and English. */
class OwnerProceedingsTest {

  private final OwnerProceedings proceedings = new OwnerProceedings(new OwnerTexts(MessageTemplates.load()));

  static CaseView heldCase() {
    var debtor = new Debtor("Garage Leroy", DebtorType.BUSINESS, null, null,
        new PostalAddress("3 quai Rambaud", "69002", "Lyon", null), null, null, Language.FR, null);
    var invoice = new CaseView.InvoiceView("F-2026-101", new BigDecimal("100"), "EUR", LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), new BigDecimal("100"));
    var held = new CaseView.ProceedingsView(CollectiveProceedings.REORGANISATION, LocalDate.of(2026, 12, 2),
        Party.DEBTOR, "on est en RJ", Instant.parse("2026-12-03T08:00:00Z"), LocalDate.of(2027, 2, 2));
    return new CaseView("c", "b", debtor, "EUR", List.of(invoice), new BigDecimal("100"), null, null, List.of(),
        null, null, 0, null, null, null, null, null, null, List.of(), null, List.of(), null, null, List.of(), List.of(),
        List.of(), null, held);
  }

  @Test
  void theNoticeTellsTheOwnerToDeclareTheClaimByTheDeadlineInBothLanguages() {
    OutgoingMessage fr = proceedings.notice("1", heldCase(), Language.FR);
    assertTrue(fr.text().startsWith("Garage Leroy fait l'objet d'une procédure collective : redressement judiciaire "
        + "(2 déc. 2026)."), fr.text());
    for (String mention : List.of("L622-7", "L722-2", "L622-24", "R622-24", "BODACC", "2 févr. 2027", "L622-26")) {
      assertTrue(fr.text().contains(mention), mention);
    }
    assertEquals(2, fr.buttons().get(0).size());
    OutgoingMessage en = proceedings.notice("1", heldCase(), Language.EN);
    assertTrue(en.text().contains("declare your claim to the mandataire judiciaire within two months"), en.text());
    assertTrue(en.text().contains("2 Feb 2027"), en.text());
  }
}
