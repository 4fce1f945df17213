package org.relance.nlu.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.common.PaymentMethod;

/** Behaviours of the extractor that the case file cannot show: the hint, odd input, limits. */
class FactExtractorTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private final FactExtractor extractor = new FactExtractor();

  @Test
  void theClassifierHintTurnsPlainDatesBackwards() {
    assertEquals(List.of(LocalDate.of(2026, 11, 27)), extractor.extract("virement vendredi", MONDAY, false).dates());
    assertEquals(List.of(LocalDate.of(2026, 11, 20)), extractor.extract("virement vendredi", MONDAY, true).dates());
  }

  @Test
  void theHintDoesNotTurnBackWhatLooksAhead() {
    Facts facts = extractor.extract("j'ai réglé la moitié, je paierai le reste le 15", MONDAY, true);
    assertEquals(List.of(LocalDate.of(2026, 12, 15)), facts.dates());
  }

  @Test
  void wordsThatFixTheirDirectionIgnoreTheHint() {
    assertEquals(List.of(MONDAY.plusDays(1)), extractor.extract("virement demain", MONDAY, true).dates());
    assertEquals(List.of(LocalDate.of(2026, 11, 27)), extractor.extract("vendredi prochain", MONDAY, true).dates());
  }

  @Test
  void aRepeatedDateIsListedOnceButEveryAmountEachTime() {
    Facts facts = extractor.extract("300 € vendredi, oui 300 € vendredi", MONDAY, false);
    assertEquals(List.of(LocalDate.of(2026, 11, 27)), facts.dates());
    assertEquals(List.of(new BigDecimal("300"), new BigDecimal("300")), facts.amounts());
  }

  @Test
  void emptyAndBlankTextsHaveNoFacts() {
    for (String text : new String[] {"", "   ", "\n\t", null}) {
      Facts facts = extractor.extract(text, MONDAY, false);
      assertTrue(facts.dates().isEmpty() && facts.amounts().isEmpty());
      assertNull(facts.installments());
      assertNull(facts.method());
    }
  }

  @Test
  void emojiControlCharactersAndOtherScriptsAreSkipped() {
    assertTrue(extractor.extract("🙏🙏🙏💶💶", MONDAY, false).dates().isEmpty());
    Facts facts = extractor.extract("je\u0000 paie\u0007 demain\u001b 300\u202F€\r 🙏", MONDAY, false);
    assertEquals(List.of(MONDAY.plusDays(1)), facts.dates());
    assertEquals(List.of(new BigDecimal("300")), facts.amounts());
    Facts other = extractor.extract("Я заплачу завтра. 明天付款。", MONDAY, false);
    assertTrue(other.dates().isEmpty() && other.amounts().isEmpty());
  }

  @Test
  void aVeryLongMessageIsReadQuicklyAndCompletely() {
    String filler = "bla ".repeat(5_000);
    String text = filler + "je paie 1 200 € le 15 par virement " + "x".repeat(20_000);
    Facts facts = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(text, MONDAY, false));
    assertEquals(List.of(LocalDate.of(2026, 12, 15)), facts.dates());
    assertEquals(List.of(new BigDecimal("1200")), facts.amounts());
    assertEquals(PaymentMethod.TRANSFER, facts.method());
    String dense = "demain 300€ vendredi en 3 fois, ".repeat(700);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(dense, MONDAY, false));
  }

  @Test
  void impossibleDaysDoNotBreakResolution() {
    assertEquals(List.of(LocalDate.of(2026, 12, 31)), extractor.extract("le 31", MONDAY, false).dates());
    assertEquals(List.of(LocalDate.of(2027, 2, 28)), extractor.extract("31/02", MONDAY, false).dates());
    assertTrue(extractor.extract("le 45", MONDAY, false).dates().isEmpty());
    assertTrue(extractor.extract("32/13", MONDAY, false).dates().isEmpty());
  }
}
