package org.relance.owner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The checks of the owner's typed answers: what is kept, and which re-ask a wrong answer gets. */
class AnswerChecksTest {

  @Test
  void amountsArePositiveWithAtMostTwoDecimalsWrittenEitherWay() {
    assertEquals("1200.50", AnswerChecks.amount("1 200,50").value());
    assertEquals("1200.50", AnswerChecks.amount("1200.50 €").value());
    assertEquals("300", AnswerChecks.amount("300").value());
    for (String wrong : new String[] {"abc", "-5", "0", "12.345", ""}) {
      assertEquals("owner.problem.amount", AnswerChecks.amount(wrong).problemId(), wrong);
    }
  }

  @Test
  void datesAreDayFirstOrIso() {
    assertEquals("2026-11-10", AnswerChecks.date("10/11/2026").value());
    assertEquals("2026-11-10", AnswerChecks.date("2026-11-10").value());
    assertEquals("owner.problem.date", AnswerChecks.date("31/02/2026").problemId());
    assertEquals("owner.problem.date", AnswerChecks.date("tomorrow").problemId());
  }

  @Test
  void anIbanNeedsItsCheckDigitsRight() {
    assertEquals("FR7630006000011234567890189", AnswerChecks.iban("fr76 3000 6000 0112 3456 7890 189").value());
    assertEquals("GB33BUKB20201555555555", AnswerChecks.iban("GB33 BUKB 2020 1555 5555 55").value());
    assertEquals("owner.problem.iban", AnswerChecks.iban("FR7630006000011234567890188").problemId());
    assertEquals("owner.problem.iban", AnswerChecks.iban("not an iban").problemId());
  }

  @Test
  void bicsHoursAndZones() {
    assertEquals("AGRIFRPP", AnswerChecks.bic("agrifrpp").value());
    assertEquals("owner.problem.bic", AnswerChecks.bic("AGRI").problemId());
    assertEquals("9:00", AnswerChecks.hour("09:00").value());
    assertEquals("9:00", AnswerChecks.hour("9h").value());
    assertEquals("9:00", AnswerChecks.hour("9").value());
    assertEquals("8:30", AnswerChecks.hour("8h30").value());
    assertEquals("8:30", AnswerChecks.hour("8 h 30").value());
    assertEquals("8:30", AnswerChecks.hour("08:30").value());
    assertEquals("owner.problem.hour", AnswerChecks.hour("25").problemId());
    assertEquals("owner.problem.hour", AnswerChecks.hour("8h75").problemId());
    assertEquals("owner.problem.hour", AnswerChecks.hour("le matin").problemId());
    assertEquals(java.time.LocalTime.of(9, 0), AnswerChecks.time("9"), "an hour kept before minutes were asked");
    assertEquals("Europe/Paris", AnswerChecks.zone(" Europe/Paris ").value());
    assertEquals("owner.problem.zone", AnswerChecks.zone("Mars/Olympus").problemId());
  }

  @Test
  void anAddressSplitsAtItsLastComma() {
    var address = AnswerChecks.address("3 place du Marché, 69002 Lyon");
    assertEquals("3 place du Marché", address.street());
    assertEquals("69002", address.postcode());
    assertEquals("Lyon", address.city());
    assertNull(AnswerChecks.address(AnswerChecks.SKIP));
  }

  @Test
  void buttonDataFitsTelegramsLimitAndReadsBack() {
    var action = new OwnerAction(OwnerAction.Verb.PROMISE_BROKEN, "0d6f1a9c-3b1e-3c52-9a0e-6f3c1f0a7d21", "t12");
    assertTrue(action.data().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, action.data());
    assertEquals(action, OwnerAction.parse(action.data()).orElseThrow());
    assertTrue(OwnerAction.parse("help").isEmpty());
    assertTrue(OwnerAction.parse("ans:yes").isEmpty());
  }
}
