package org.relance.outreach;

import org.junit.jupiter.api.Test;
import org.relance.business.Jurisdiction;
import org.relance.ladder.Stage;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A held message may go once its rung's day has begun in the debtor's zone as well as the business's. */
class HeldMessageTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant PARIS_MIDNIGHT = Instant.parse("2026-12-01T23:00:00Z");

  private static OutreachStore.Held held(String debtorZone) {
    return new OutreachStore.Held("c1", Stage.FRIENDLY, PARIS_MIDNIGHT, PARIS, ZoneId.of(debtorZone), Jurisdiction.FR);
  }

  @Test
  void aDebtorWestOfTheBusinessWaitsForTheRungsDayToBeginAtHome() {
    assertEquals(Instant.parse("2026-12-02T04:00:00Z"), held("America/Martinique").earliest(),
        "19:00 on 1 December in Martinique: the 2nd begins there at 04:00 UTC");
  }

  @Test
  void aDebtorEastOfOrWithTheBusinessMayHearFromTheMomentTheRungIsReached() {
    assertEquals(PARIS_MIDNIGHT, held("Indian/Reunion").earliest());
    assertEquals(PARIS_MIDNIGHT, held("Europe/Paris").earliest());
  }
}
