package org.relance.nlu.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every expected reading of the case sets under {@code conversations/nlu/facts/}, one test each. */
class FactCasesTest {

  private final FactExtractor extractor = new FactExtractor();

  @TestFactory
  Stream<DynamicTest> everyCaseReadsAsExpected() {
    return FactCases.SETS.stream().flatMap(set -> FactCases.set(set).stream().map(c -> DynamicTest.dynamicTest(
        set + " line " + c.line() + " (" + c.referenceDate() + "): " + c.text(), () -> {
          Facts actual = extractor.extract(c.text(), c.referenceDate(), c.paymentReported());
          boolean[] matches = c.matches(actual);
          String message = "expected " + c.expected() + "\n but was " + actual;
          for (boolean match : matches) {
            assertTrue(match, message);
          }
        })));
  }

  @Test
  void theCasesCoverBothLanguagesAndSeveralReferenceDates() {
    List<FactCases.FactCase> cases = FactCases.projectCases();
    assertTrue(cases.size() >= 300, "cases: " + cases.size());
    assertTrue(cases.stream().map(FactCases.FactCase::referenceDate).distinct().count() >= 6);
    assertTrue(cases.stream().anyMatch(c -> c.expected().dates().stream()
        .anyMatch(d -> d.getYear() > c.referenceDate().getYear())), "a case crossing into the next year");
    assertEquals(cases.size(), cases.stream().map(c -> c.text() + c.referenceDate()).distinct().count(),
        "no case written twice");
  }
}
