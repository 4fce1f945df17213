package org.relance.outreach;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.relance.business.Jurisdiction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact rules with the settings of reference.conf, on fixed clocks. */
class ContactRulesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ContactRules.Settings DEFAULTS =
      ContactRules.Settings.from(ConfigFactory.defaultReference().getConfig("relance.outreach"));
  private final ContactRules rules = new ContactRules(DEFAULTS);

  private static Instant now(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC).instant();
  }

  private static ContactRules.Contact paris(Instant... sent) {
    return new ContactRules.Contact(List.of(sent), Optional.empty(), PARIS, Jurisdiction.FR);
  }

  @Test
  void theReferenceSettingsAreDomainDefaults() {
    assertEquals(new ContactRules.Settings(LocalTime.of(8, 0), LocalTime.of(20, 0), 1, 7, Duration.ofHours(48),
        true, true), DEFAULTS);
  }

  @Test
  void aStepFallingDueAtMidnightWaitsForEightInTheDebtorsMorning() {
    // Thursday 10 December 2026, 00:00 in Paris (23:00 UTC the day before)
    Instant midnight = now("2026-12-09T23:00:00Z");
    assertEquals(Instant.parse("2026-12-10T07:00:00Z"), rules.nextAllowed(paris(), midnight));
    assertTrue(rules.allows(paris(), Instant.parse("2026-12-10T07:00:00Z")));
    assertFalse(rules.allows(paris(), Instant.parse("2026-12-10T06:59:59Z")));
  }

  @Test
  void windowEdgesEightIncludedEightInTheEveningExcluded() {
    assertTrue(rules.allows(paris(), now("2026-12-10T18:59:59Z")), "19:59:59 in Paris");
    assertEquals(Instant.parse("2026-12-11T07:00:00Z"), rules.nextAllowed(paris(), now("2026-12-10T19:00:00Z")),
        "20:00 in Paris is too late: the next morning");
    ContactRules.Contact newYork = new ContactRules.Contact(List.of(), Optional.empty(),
        ZoneId.of("America/New_York"), Jurisdiction.FR);
    assertEquals(Instant.parse("2026-12-10T13:00:00Z"), rules.nextAllowed(newYork, now("2026-12-10T07:00:00Z")),
        "the debtor's time zone, not the business's");
  }

  @Test
  void saturdayIsFineSundayWaitsForMonday() {
    assertTrue(rules.allows(paris(), now("2026-12-12T09:00:00Z")), "Saturday 10:00");
    assertEquals(Instant.parse("2026-12-14T07:00:00Z"), rules.nextAllowed(paris(), now("2026-12-13T09:00:00Z")));
    ContactRules withSundays = new ContactRules(new ContactRules.Settings(LocalTime.of(8, 0), LocalTime.of(20, 0),
        1, 7, Duration.ofHours(48), false, true));
    assertTrue(withSundays.allows(paris(), now("2026-12-13T09:00:00Z")), "Sundays switched on");
  }

  @Test
  void publicHolidaysOfTheJurisdiction() {
    // Friday 25 December 2026: Christmas in both; Monday 28th is the Boxing Day substitute in England only
    Instant christmasMorning = now("2026-12-25T09:00:00Z");
    assertEquals(Instant.parse("2026-12-26T07:00:00Z"), rules.nextAllowed(paris(), christmasMorning),
        "France: Saturday 26th");
    ContactRules.Contact london = new ContactRules.Contact(List.of(), Optional.empty(), LONDON, Jurisdiction.UK);
    assertEquals(Instant.parse("2026-12-26T08:00:00Z"), rules.nextAllowed(london, christmasMorning),
        "England: Saturday 26th itself is open (Boxing Day is observed on Monday 28th)");
    Instant sundayMorning = now("2026-12-27T09:00:00Z");
    assertEquals(Instant.parse("2026-12-29T08:00:00Z"), rules.nextAllowed(london, sundayMorning),
        "England: Sunday, then the Boxing Day substitute Monday: Tuesday 29th");
    ContactRules.Contact londonUnderFrenchLaw = new ContactRules.Contact(List.of(), Optional.empty(), LONDON,
        Jurisdiction.FR);
    assertEquals(Instant.parse("2026-12-28T08:00:00Z"), rules.nextAllowed(londonUnderFrenchLaw, sundayMorning),
        "the holidays are the business's jurisdiction's, the hours the debtor's");
    // Ascension Thursday 6 May 2027 in France, then 8 May a Saturday (holiday), Sunday 9: Friday 7 is open
    assertEquals(Instant.parse("2027-05-07T06:00:00Z"), rules.nextAllowed(paris(), now("2027-05-06T06:00:00Z")));
    assertEquals(Instant.parse("2027-05-10T06:00:00Z"), rules.nextAllowed(paris(), now("2027-05-08T06:00:00Z")));
    ContactRules noHolidays = new ContactRules(new ContactRules.Settings(LocalTime.of(8, 0), LocalTime.of(20, 0),
        1, 7, Duration.ofHours(48), true, false));
    assertTrue(noHolidays.allows(paris(), christmasMorning), "holidays switched off");
  }

  @Test
  void daylightSavingChangesMoveTheWindowInUtc() {
    // Saturday 27 March 2027, 20:30 in Paris (CET): Sunday 28 is the switch to summer time and a rest day,
    // Monday 29 is Easter Monday: Tuesday 30 at 08:00 CEST is 06:00 UTC
    assertEquals(Instant.parse("2027-03-30T06:00:00Z"), rules.nextAllowed(paris(), now("2027-03-27T19:30:00Z")));
    ContactRules everyDay = new ContactRules(new ContactRules.Settings(LocalTime.of(8, 0), LocalTime.of(20, 0),
        1, 7, Duration.ofHours(48), false, false));
    assertEquals(Instant.parse("2027-03-28T06:00:00Z"), everyDay.nextAllowed(paris(), now("2027-03-27T19:30:00Z")),
        "on the day of the change itself, 08:00 is already summer time");
    assertEquals(Instant.parse("2026-10-25T07:00:00Z"), everyDay.nextAllowed(paris(), now("2026-10-25T05:30:00Z")),
        "back to winter time: 08:00 CET");
    assertFalse(everyDay.allows(paris(), now("2027-03-28T18:00:00Z")), "20:00 CEST on the change day");
    assertTrue(everyDay.allows(paris(), now("2027-03-28T17:59:00Z")));
  }

  @Test
  void oneMessageAPerLocalDay() {
    Instant sentThisMorning = now("2026-12-10T08:00:00Z");
    assertEquals(Instant.parse("2026-12-11T07:00:00Z"), rules.nextAllowed(paris(sentThisMorning),
        now("2026-12-10T15:00:00Z")));
    // 23:30 UTC on the 10th is already the 11th in Paris: sent "yesterday" evening UTC counts for the 11th
    Instant sentLateUtc = now("2026-12-10T23:30:00Z");
    assertEquals(Instant.parse("2026-12-12T07:00:00Z"), rules.nextAllowed(paris(sentLateUtc),
        now("2026-12-11T07:00:00Z")));
  }

  @Test
  void sevenInAnyRollingSevenDays() {
    ContactRules twoADay = new ContactRules(new ContactRules.Settings(LocalTime.of(8, 0), LocalTime.of(20, 0),
        2, 7, Duration.ofHours(48), false, false));
    // seven sent from Monday, at 08:00 and 19:00 in Paris
    List<Instant> sent = List.of(now("2026-12-07T07:00:00Z"), now("2026-12-07T18:00:00Z"),
        now("2026-12-08T07:00:00Z"), now("2026-12-08T18:00:00Z"), now("2026-12-09T07:00:00Z"),
        now("2026-12-09T18:00:00Z"), now("2026-12-10T07:00:00Z"));
    ContactRules.Contact contact = new ContactRules.Contact(sent, Optional.empty(), PARIS, Jurisdiction.FR);
    assertEquals(Instant.parse("2026-12-14T07:00:00Z"), twoADay.nextAllowed(contact, now("2026-12-10T12:00:00Z")),
        "the eighth waits until the first is 7 days old");
    ContactRules.Contact six = new ContactRules.Contact(sent.subList(1, 7), Optional.empty(), PARIS, Jurisdiction.FR);
    assertTrue(twoADay.allows(six, now("2026-12-10T12:00:00Z")), "six in the week: a seventh fits");
  }

  @Test
  void quietFortyEightHoursAfterAnExchange() {
    Instant exchange = now("2026-12-10T10:15:00Z");
    ContactRules.Contact contact = new ContactRules.Contact(List.of(), Optional.of(exchange), PARIS, Jurisdiction.FR);
    assertEquals(Instant.parse("2026-12-12T10:15:00Z"), rules.nextAllowed(contact, now("2026-12-11T07:00:00Z")),
        "Saturday 11:15, 48 h after Thursday's exchange");
    Instant lateExchange = now("2026-12-10T19:30:00Z");
    assertEquals(Instant.parse("2026-12-14T07:00:00Z"), rules.nextAllowed(new ContactRules.Contact(List.of(),
        Optional.of(lateExchange), PARIS, Jurisdiction.FR), now("2026-12-11T07:00:00Z")),
        "Saturday 20:30 is the end of the quiet, too late that day; Sunday rests: Monday 08:00");
  }

  @Test
  void settingsThatNeverAllowAMomentAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ContactRules.Settings(LocalTime.of(20, 0),
        LocalTime.of(8, 0), 1, 7, Duration.ofHours(48), true, true));
    assertThrows(IllegalArgumentException.class, () -> new ContactRules.Settings(LocalTime.of(8, 0),
        LocalTime.of(20, 0), 0, 7, Duration.ofHours(48), true, true));
  }
}
