package org.relance.letters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseTerms;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.debtorcase.Plan;
import org.relance.debtorcase.Promise;
import org.relance.ladder.LadderSettings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relance.letters.LetterFixtures.company;
import static org.relance.letters.LetterFixtures.d;
import static org.relance.letters.LetterFixtures.eur;
import static org.relance.letters.LetterFixtures.frenchBusiness;

/** The dossier's commitments follow what the owner did with them: struck out, or replaced by a new schedule. */
class LetterCasesCommitmentsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static Money euros(String amount) {
    return new Money(new BigDecimal(amount), EUR);
  }

  private static Plan plan(String words, boolean agreed, Instant at, String... dates) {
    List<Installment> installments = new ArrayList<>();
    for (String date : dates) {
      installments.add(new Installment(d(date), euros("400"), false));
    }
    return new Plan(installments, words, agreed, at);
  }

  @Test
  void aPromiseStruckOutAndAPlanReplacedReadSoWithTheDebtorsWordsKept() {
    BusinessProfile business = frenchBusiness(null);
    Instant opened = Instant.parse("2026-11-02T09:00:00Z");
    List<CaseEvent> events = List.of(
        new CaseEvent.CaseOpened("c-1", CaseTerms.of("b-1", business,
            LadderSettings.from(ConfigFactory.load().getConfig("relance.ladder"))), company(Language.FR),
            List.of(eur("F-101", "1200", d("2026-10-30"))), List.of(), opened),
        new CaseEvent.PromiseRecorded(new Promise(d("2026-11-20"), euros("1200"), PaymentMethod.TRANSFER,
            "je paie tout le 20", Instant.parse("2026-11-03T10:00:00Z"), null)),
        new CaseEvent.PromiseWithdrawnByOwner(Instant.parse("2026-11-04T10:00:00Z")),
        new CaseEvent.PlanAgreed(plan("en trois fois", true, Instant.parse("2026-11-05T10:00:00Z"),
            "2026-12-05", "2027-01-05", "2027-02-05"), false, Instant.parse("2026-11-05T10:00:00Z")),
        new CaseEvent.PlanCorrectedByOwner(plan("en trois fois", true, Instant.parse("2026-11-06T10:00:00Z"),
            "2026-12-15", "2027-01-15", "2027-02-15"), Instant.parse("2026-11-06T10:00:00Z")));
    CaseFile file = CaseFile.opened((CaseEvent.CaseOpened) events.get(0));
    List<CaseJournal.Entry> journal = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        file = file.apply(events.get(i));
      }
      Instant at = Instant.parse("2026-11-0" + (i + 2) + "T10:00:00Z");
      journal.add(new CaseJournal.Entry(i + 1, at, at, events.get(i).getClass().getSimpleName(), events.get(i)));
    }
    LetterCase dossier = new LetterCases(new ObjectMapper().registerModule(new JavaTimeModule()))
        .from(CaseView.of(file, Instant.parse("2026-11-07T10:00:00Z")), business, journal);

    List<String> read = dossier.commitments().stream()
        .map(c -> c.kind() + " " + c.recordedOn() + " \"" + c.debtorWords() + "\" " + c.status()).toList();
    assertEquals(List.of(
        "PROMISE 2026-11-03 \"je paie tout le 20\" retirée par le créancier",
        "PLAN 2026-11-05 \"en trois fois\" remplacée par un nouvel échéancier",
        "PLAN 2026-11-06 \"en trois fois\" en cours"), read);
  }
}
