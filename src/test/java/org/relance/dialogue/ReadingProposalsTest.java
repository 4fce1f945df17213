package org.relance.dialogue;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.dialogue.ReadingProposals.Check;
import org.relance.dialogue.ReadingProposals.Offered;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.nlu.facts.Facts;
import org.relance.nlu.intent.Classification;
import org.relance.nlu.intent.Classification.Alternative;
import org.relance.nlu.intent.Classification.ReasonAlternative;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the bot acts on, and what it proposes back, for a reading it is sure or unsure of. */
class ReadingProposalsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Facts NOTHING = new Facts(List.of(), List.of(), null, null);
  private final ReadingProposals proposals = new ReadingProposals(0.15, 0.15, 0.6);

  private static Classification read(boolean uncertain, List<Alternative> readings, List<ReasonAlternative> reasons) {
    return new Classification(Language.FR, readings.get(0).intent(), readings.get(0).confidence(), uncertain,
        reasons.get(0).reason(), readings, reasons);
  }

  private static List<ReasonAlternative> noReason() {
    return List.of(new ReasonAlternative(null, 0.95), new ReasonAlternative(DelayReason.FORGOT, 0.05));
  }

  @Test
  void aSureReadingIsActedOn() {
    Check check = proposals.check(read(false, List.of(new Alternative(Intent.PROMISE_TO_PAY, 0.9),
        new Alternative(Intent.OTHER, 0.1)), noReason()), NOTHING, TODAY);
    assertEquals(Check.SURE, check);
  }

  @Test
  void anUncertainReadingIsProposedAloneWhenTheNextIsFarBehind() {
    Check check = proposals.check(read(true, List.of(new Alternative(Intent.PROMISE_TO_PAY, 0.43),
        new Alternative(Intent.ALREADY_PAID, 0.23), new Alternative(Intent.REQUEST_PLAN, 0.09)), noReason()),
        NOTHING, TODAY);
    assertEquals(List.of(new Offered(Intent.PROMISE_TO_PAY, null)), check.offered());
  }

  @Test
  void twoCloseReadingsAreBothProposedAndOtherOrAcknowledgeNeverAre() {
    Check check = proposals.check(read(true, List.of(new Alternative(Intent.OTHER, 0.34),
        new Alternative(Intent.PROMISE_TO_PAY, 0.33), new Alternative(Intent.ACKNOWLEDGE, 0.2),
        new Alternative(Intent.ALREADY_PAID, 0.19)), noReason()), NOTHING, TODAY);
    assertEquals(List.of(new Offered(Intent.PROMISE_TO_PAY, null), new Offered(Intent.ALREADY_PAID, null)),
        check.offered());
  }

  @Test
  void aScheduleWrittenOutIsActedOnAsAPlanWhenAPlanOrAPromiseIsAmongTheTwoLikeliest() {
    Facts schedule = new Facts(List.of(TODAY.plusDays(40), TODAY.plusDays(70), TODAY.plusDays(100)),
        List.of(new java.math.BigDecimal("300"), new java.math.BigDecimal("300"), new java.math.BigDecimal("400")),
        null, null);
    Check check = proposals.check(read(true, List.of(new Alternative(Intent.REQUEST_DISCOUNT, 0.41),
        new Alternative(Intent.REQUEST_PLAN, 0.38), new Alternative(Intent.OTHER, 0.1)), noReason()), schedule, TODAY);
    assertTrue(check.sure(), check.toString());
    assertEquals(Intent.REQUEST_PLAN, check.actedOn(Intent.REQUEST_DISCOUNT));
    Check discount = proposals.check(read(true, List.of(new Alternative(Intent.REQUEST_DISCOUNT, 0.41),
        new Alternative(Intent.DISPUTE, 0.38), new Alternative(Intent.REQUEST_PLAN, 0.1)), noReason()), schedule, TODAY);
    assertEquals(List.of(new Offered(Intent.REQUEST_DISCOUNT, null), new Offered(Intent.DISPUTE, null)),
        discount.offered(), "no plan among the two likeliest: proposed as usual");
  }

  @Test
  void nothingAboveTheFloorIsNotUnderstoodAndSoIsASureOther() {
    assertEquals(Check.NOT_UNDERSTOOD, proposals.check(read(true, List.of(new Alternative(Intent.ACKNOWLEDGE, 0.66),
        new Alternative(Intent.OTHER, 0.1), new Alternative(Intent.WRONG_CONTACT, 0.03)), noReason()), NOTHING, TODAY));
    assertEquals(Check.NOT_UNDERSTOOD, proposals.check(read(false, List.of(new Alternative(Intent.OTHER, 0.92),
        new Alternative(Intent.ALREADY_PAID, 0.03)), noReason()), NOTHING, TODAY));
  }

  @Test
  void aDelayWhoseReasonIsDoubtfulIsConfirmedWithItsLikeliestReasonHoweverSureTheIntent() {
    var doubtful = List.of(new ReasonAlternative(null, 0.31), new ReasonAlternative(DelayReason.WAITING_ON_CUSTOMER, 0.28));
    Check check = proposals.check(read(false, List.of(new Alternative(Intent.DELAY_REASON, 0.8),
        new Alternative(Intent.HARDSHIP, 0.07)), doubtful), NOTHING, TODAY);
    assertEquals(List.of(new Offered(Intent.DELAY_REASON, DelayReason.WAITING_ON_CUSTOMER)), check.offered());
    var sure = List.of(new ReasonAlternative(DelayReason.WAITING_ON_CUSTOMER, 0.99), new ReasonAlternative(null, 0.01));
    assertEquals(Check.SURE, proposals.check(read(false, List.of(new Alternative(Intent.DELAY_REASON, 0.99),
        new Alternative(Intent.HARDSHIP, 0.01)), sure), NOTHING, TODAY));
  }

  @Test
  void aDateReadAsAnAcknowledgementIsProposedAsAPromiseButNotAPastOne() {
    var acknowledged = read(false, List.of(new Alternative(Intent.ACKNOWLEDGE, 0.76),
        new Alternative(Intent.PROMISE_TO_PAY, 0.13)), noReason());
    Check check = proposals.check(acknowledged, new Facts(List.of(LocalDate.of(2026, 11, 27)), List.of(), null, null),
        TODAY);
    assertEquals(List.of(new Offered(Intent.PROMISE_TO_PAY, null)), check.offered());
    assertEquals(Check.SURE, proposals.check(acknowledged,
        new Facts(List.of(LocalDate.of(2026, 11, 20)), List.of(), null, null), TODAY));
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReadingProposals(-0.1, 0.15, 0.6));
    assertThrows(IllegalArgumentException.class, () -> new ReadingProposals(0.15, 0.15, 1.5));
  }
}
