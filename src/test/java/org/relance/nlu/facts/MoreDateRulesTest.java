package org.relance.nlu.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per rule of NLU-CONTRACT.md, "More date rules", French and English; each row is the
 * message, the reference date R and the day(s) expected. The reference dates cross month and year
 * boundaries: Mon 2026-12-28, Thu 2026-11-26, Fri 2027-01-29, Wed 2027-03-31, Tue 2026-06-30.
 */
class MoreDateRulesTest {

  private final FactExtractor extractor = new FactExtractor();

  private void check(String text, String reference, String expected, boolean paid) {
    List<LocalDate> want = expected == null || expected.isBlank() ? List.of()
        : Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
    assertEquals(want, extractor.extract(text, LocalDate.parse(reference), paid).dates(),
        text + " (R = " + reference + ")");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      je vous paie le 15 janvier 2028       | 2026-12-28 | 2028-01-15
      virement le 15/01/2028                | 2026-12-28 | 2028-01-15
      réglé le 15.01.28 promis              | 2026-12-28 | 2028-01-15
      paiement le 2028-01-15                | 2026-12-28 | 2028-01-15
      I will pay on January 15, 2028        | 2026-12-28 | 2028-01-15
      payment 15th Jan 28                   | 2026-12-28 | 2028-01-15
      je paie le 3 mars 2027                | 2027-03-31 | 2027-03-03
      I'll pay on the 2nd of April 2027     | 2027-03-31 | 2027-04-02
      je règle le 5 mars 2027 10h           | 2026-12-28 | 2027-03-05
      fin janvier 2028                      | 2026-12-28 | 2028-01-31
      early March 2028                      | 2026-12-28 | 2028-03-10
      I can pay Feb 3 2027                  | 2026-11-26 | 2027-02-03
      je vous verse 50 le 5 jan 50 le 5 fev | 2026-12-28 | 2027-01-05 2027-02-05
      """)
  void aYearWrittenInTheDateIsAlwaysHonoured(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      je paie le premier avril         | 2026-12-28 | 2027-04-01
      le 1er avril                     | 2026-12-28 | 2027-04-01
      le 2e jour de juin               | 2026-11-26 | 2027-06-02
      le deuxième jour de janvier      | 2026-12-28 | 2027-01-02
      I'll pay the second of June      | 2026-11-26 | 2027-06-02
      June second                      | 2026-11-26 | 2027-06-02
      the 3rd of July                  | 2026-11-26 | 2027-07-03
      the twenty-first of January      | 2027-01-29 | 2028-01-21
      le premier février               | 2027-01-29 | 2027-02-01
      """)
  void ordinalsInWordsOrFiguresFollowTheMonthRule(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      je paie le 17                 | 2026-12-28 | 2027-01-17
      mardi 17 sans faute           | 2026-12-28 | 2027-01-17
      on the 24th                   | 2027-01-29 | 2027-02-24
      Thursday the 9th              | 2026-11-26 | 2026-12-09
      le 28 au plus tard            | 2027-03-31 | 2027-04-28
      I'll pay on the 31st          | 2026-06-30 | 2026-07-31
      """)
  void aDayOfTheMonthInAPromiseIsTheNextOneOnOrAfterR(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      j'ai payé le 30                  | 2027-01-29 | 2026-12-30
      paid on the 5th                  | 2027-01-29 | 2027-01-05
      j'ai payé le 30/12/2026          | 2027-01-29 | 2026-12-30
      """)
  void onlyAReportOfAPaymentMadeResolvesBackwards(String text, String reference, String expected) {
    check(text, reference, expected, true);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      le lendemain                 | 2026-12-31 | 2027-01-01
      le jour suivant              | 2026-12-31 | 2027-01-01
      the day after                | 2026-11-30 | 2026-12-01
      a day from now               | 2026-11-30 | 2026-12-01
      deux jours plus tard         | 2026-12-30 | 2027-01-01
      deux jours après             | 2026-12-30 | 2027-01-01
      2 days later                 | 2026-12-30 | 2027-01-01
      dans 5 jours                 | 2026-12-28 | 2027-01-02
      in 4 days                    | 2026-12-28 | 2027-01-01
      10 days from now             | 2026-12-28 | 2027-01-07
      6 days hence                 | 2026-12-28 | 2027-01-03
      dans 3 semaines              | 2026-12-28 | 2027-01-18
      in 3 weeks                   | 2026-12-28 | 2027-01-18
      2 weeks from now             | 2026-12-28 | 2027-01-11
      four weeks hence             | 2026-12-28 | 2027-01-25
      dans 2 mois                  | 2026-11-26 | 2027-01-26
      in 3 months                  | 2026-11-26 | 2027-02-26
      dans un an                   | 2026-11-26 | 2027-11-26
      2 years from today           | 2026-11-26 | 2028-11-26
      le lendemain du 9 mars       | 2026-11-26 | 2027-03-10
      le lendemain du 31 décembre  | 2026-11-26 | 2027-01-01
      the day after the 9th        | 2026-11-26 | 2026-12-10
      """)
  void offsetsCountFromR(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      dans trois jeudis        | 2026-12-28 | 2027-01-14
      2 fridays from now       | 2026-12-28 | 2027-01-08
      three mondays from now   | 2026-11-26 | 2026-12-14
      """)
  void nWeekdaysFromNowIsTheNthSuchDay(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      vendredi cette semaine            | 2026-12-28 | 2027-01-01
      wednesday of this week            | 2026-12-28 | 2026-12-30
      lundi cette semaine               | 2026-11-26 | 2026-11-23
      mardi de la semaine suivante      | 2026-12-28 | 2027-01-05
      jeudi de la semaine d'après       | 2026-12-28 | 2027-01-07
      lundi la semaine suivante         | 2026-12-28 | 2027-01-04
      friday after next                 | 2026-12-28 | 2027-01-08
      mercredi d'après                  | 2026-12-28 | 2027-01-06
      thursday after next               | 2027-01-29 | 2027-02-11
      """)
  void aWeekdayOfThisWeekTheNextOrAfterNext(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      la semaine suivante          | 2026-12-28 | 2027-01-10
      la semaine qui suit          | 2026-12-28 | 2027-01-10
      the coming week              | 2026-12-28 | 2027-01-10
      the upcoming week            | 2027-01-29 | 2027-02-07
      end of the week              | 2027-01-29 | 2027-01-31
      by the end of the current week | 2026-12-28 | 2027-01-03
      the week after next          | 2026-12-24 | 2027-01-10
      """)
  void theFollowingWeekAndTheEndOfThisOne(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      le 12 de ce mois             | 2026-12-28 | 2026-12-12
      the 30th of this month       | 2027-01-29 | 2027-01-30
      le 12 du mois prochain       | 2026-12-28 | 2027-01-12
      the 12th of next month       | 2026-12-28 | 2027-01-12
      payment on the 1st of next month | 2026-12-28 | 2027-01-01
      the 5th day of next month    | 2026-11-26 | 2026-12-05
      """)
  void aDayOfThisMonthOrOfNextMonth(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      le premier lundi de janvier            | 2026-12-28 | 2027-01-04
      le deuxième mercredi de mars           | 2026-11-26 | 2027-03-10
      le dernier vendredi de janvier         | 2027-01-29 | 2027-01-29
      le dernier jeudi de novembre           | 2026-11-27 | 2027-11-25
      the third Thursday of May              | 2026-12-28 | 2027-05-20
      the second Tuesday of February 2027    | 2026-12-28 | 2027-02-09
      the last Thursday in November          | 2026-11-26 | 2026-11-26
      the first friday of next month         | 2026-12-28 | 2027-01-01
      le premier mardi du mois prochain      | 2026-11-26 | 2026-12-01
      le dernier jour de juin                | 2026-12-28 | 2027-06-30
      the last day of February               | 2026-12-28 | 2027-02-28
      le dernier jour de février 2028        | 2026-11-26 | 2028-02-29
      le 5e jour de mars                     | 2026-12-28 | 2027-03-05
      the 10th day of December               | 2026-11-26 | 2026-12-10
      """)
  void anOrdinalWeekdayOrDayOfAMonth(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      je paie lun.              | 2026-12-28 | 2027-01-04
      le mar. sans faute        | 2026-12-28 | 2026-12-29
      je règle mer. prochain    | 2026-12-28 | 2026-12-30
      paiement jeu.             | 2026-12-28 | 2026-12-31
      ven. 4 déc.               | 2026-11-26 | 2026-12-04
      je règle sam. matin       | 2026-12-28 | 2027-01-02
      dim. au plus tard         | 2026-12-28 | 2027-01-03
      will pay on mon           | 2026-12-28 | 2027-01-04
      pay on tues               | 2026-12-28 | 2026-12-29
      I can pay on sat          | 2026-12-28 | 2027-01-02
      next sun ok               | 2026-12-28 | 2027-01-03
      sat                       | 2027-02-22 | 2027-02-27
      je paierai le 3 mar.      | 2026-12-28 | 2027-03-03
      sun 6 Dec                 | 2026-11-26 | 2026-12-06
      le 8 janv. sans faute     | 2026-12-28 | 2027-01-08
      le 12 févr.               | 2026-12-28 | 2027-02-12
      le 3 sept.                | 2026-12-28 | 2027-09-03
      Sept 15                   | 2026-12-28 | 2027-09-15
      Dec. 31                   | 2026-12-28 | 2026-12-31
      """)
  void abbreviationsCountWithOrWithoutTheirDot(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      I sat down with my accountant         | 2026-11-26 |
      on va à la mer cet été                | 2026-11-26 |
      le jeu en vaut la chandelle           | 2026-11-26 |
      the sun is out                        | 2026-11-26 |
      mon comptable s'en occupe             | 2026-11-26 |
      the lights are dim                    | 2026-11-26 |
      Sam de la compta s'en occupe          | 2026-11-26 |
      wait a second                         | 2026-11-26 |
      first I need the invoice              | 2026-11-26 |
      """)
  void ordinaryWordsThatLookLikeAbbreviationsAreNoDates(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      la fuite est revenue le lendemain, votre intervention n'a servi à rien | 2026-12-28 |
      the leak came back the day after                                       | 2026-12-28 |
      I'll pay the day after tmrw                                            | 2026-12-28 | 2026-12-30
      """)
  void theDayAfterAnotherEventIsNoPaymentDate(String text, String reference, String expected) {
    check(text, reference, expected, false);
  }
}
