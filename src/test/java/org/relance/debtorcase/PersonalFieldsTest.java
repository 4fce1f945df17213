package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.common.Party;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sealing and opening a case's personal fields changes those fields and nothing else of the event. */
class PersonalFieldsTest {

  @Test
  void aPromiseTakenByPhoneKeepsWhoTookItWhenItsWordsAreSealed() {
    Promise byPhone = new Promise(LocalDate.of(2026, 12, 15), CaseFixtures.eur("1200.50"), null, "on the phone",
        Instant.parse("2026-12-03T09:00:00Z"), null, Party.OWNER);
    CaseEvent sealed = PersonalFields.map(new CaseEvent.PromiseRecorded(byPhone), words -> "sealed:" + words);
    CaseEvent opened = PersonalFields.map(sealed, words -> words.substring("sealed:".length()));

    assertEquals(Party.OWNER, ((CaseEvent.PromiseRecorded) sealed).promise().takenBy());
    assertEquals(new CaseEvent.PromiseRecorded(byPhone), opened);
  }
}
