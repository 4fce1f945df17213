package org.relance.owner;

import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.serialization.SerializationExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relance.business.BusinessProfile;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A business profile journaled before digest minutes existed reads back with its digest on the hour. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestTimeTest {

  private final ActorTestKit testKit = ActorTestKit.create(ConfigFactory.parseResources("relance-serialization.conf")
      .withFallback(ConfigFactory.load()));

  @AfterAll
  void shutdown() {
    testKit.shutdownTestKit();
  }

  @Test
  void aProfileWithoutMinutesHasItsDigestOnTheHour() throws Exception {
    var serialization = SerializationExtension.get(testKit.system().classicSystem());
    String older = """
        {"name":"Atelier Dupont","language":"fr","jurisdiction":"FR","timezone":"Europe/Paris",
         "planPolicy":{"maxInstallments":3,"maxMonths":3,"minFirstPaymentPercent":30},"digestHour":8,
         "ladderOverrides":{}}""";
    var serializer = serialization.serializerFor(BusinessProfile.class);
    BusinessProfile read = (BusinessProfile) serialization.deserialize(older.getBytes(StandardCharsets.UTF_8),
        serializer.identifier(), BusinessProfile.class.getName()).get();
    assertEquals(LocalTime.of(8, 0), read.digestTime());

    BusinessProfile halfPast = new BusinessProfile(read.name(), null, null, null, null, null, read.language(),
        read.jurisdiction(), read.timezone(), null, read.planPolicy(), 8, read.ladderOverrides(), 30);
    byte[] written = serialization.serialize(halfPast).get();
    assertEquals(LocalTime.of(8, 30), ((BusinessProfile) serialization.deserialize(written, serializer.identifier(),
        BusinessProfile.class.getName()).get()).digestTime());
  }
}
