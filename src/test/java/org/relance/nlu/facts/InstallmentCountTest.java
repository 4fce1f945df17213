package org.relance.nlu.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts of payments written with units the reader first missed (issue 15: instalment count). */
class InstallmentCountTest {

  private final FactExtractor extractor = new FactExtractor();

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(delimiter = '|', value = {
      "3 | can I do three transfers of 300?",
      "3 | I can pay with 3 transfers",
      "5 | is a 5-instalment plan doable?",
      "4 | a 4-installment plan please",
      "6 | could we stretch it over six months?",
      "3 | un étalement sur 3 mois serait possible ?"})
  void readsTheCount(int expected, String text) {
    assertEquals(expected, extractor.extract(text, LocalDate.of(2026, 11, 23), false).installments(), text);
  }
}
