package org.relance.serialization;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relance.common.Money;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseFixtures;
import org.relance.debtorcase.Invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, finding 3: an amount of more than 1,000 digits journaled before input was bounded still
 * reads back (the journal's reader accepts long numbers; the API and the case refuse them on input), so
 * such a case does not answer 503 forever after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OldEventsReadTest {

  private final ActorTestKit testKit = ActorTestKit.create(CaseFixtures.testKitConfig());

  @AfterAll
  void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void anEventWithAThousandAndOneDigitAmountReadsBack() throws Exception {
    BigDecimal huge = new BigDecimal("1" + "0".repeat(1000));
    var event = new CaseEvent.InvoiceAdded(new Invoice("F-1", new Money(huge, Currency.getInstance("EUR")),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)), Instant.parse("2026-11-23T08:00:00Z"));
    Serialization serialization = SerializationExtension.get(testKit.system());
    var serializer = serialization.findSerializerFor(event);
    byte[] bytes = serializer.toBinary(event);
    Object read = serialization.deserialize(bytes, serializer.identifier(), Serializers.manifestFor(serializer, event))
        .get();
    assertEquals(event, read);
  }
}
