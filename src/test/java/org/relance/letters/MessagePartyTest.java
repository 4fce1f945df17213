package org.relance.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.app.TestService;
import org.relance.common.Party;
import org.relance.config.DatabaseConfig;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.DebtorCase;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerChats;
import org.relance.owner.OwnerNotices;
import org.relance.storage.EmbeddedPostgresDatabase;
import org.relance.telegram.CaseDeliveryJournal;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.TelegramStore;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A case's messages say whom they went to: an owner's notice is journaled as sent to the owner, with
 * the owner's chat, through the outbox (H2 and PostgreSQL) and the delivery report, and the dossier
 * says so; a debtor's message still reads "sent to the debtor"; older entries read as before.
 */
class MessagePartyTest {

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void anOwnersNoticeIsJournaledAndPrintedAsSentToTheOwner(DatabaseConfig.Kind kind, @TempDir Path dir)
      throws Exception {
    Map<String, Object> database = kind == DatabaseConfig.Kind.POSTGRES
        ? EmbeddedPostgresDatabase.freshDatabaseSettings() : Map.of();
    try (TestService service = TestService.start(dir, database)) {
      String business = service.createBusiness();
      String caseId = service.createCase(business, "2026-11-20");
      OwnerChats chats = new OwnerChats(service.relance().dataSource());
      chats.bind("1801", business, Instant.parse("2026-11-23T08:00:00Z"));
      CaseView view = ((CaseReply.Accepted) ClusterSharding.get(service.relance().system())
          .entityRefFor(DebtorCase.ENTITY_KEY, caseId).<CaseReply>ask(CaseCommand.Get::new, Duration.ofSeconds(10))
          .toCompletableFuture().get()).view();
      List<OutgoingMessage> notices = new OwnerNotices(chats, MessageTemplates.load()).tell(OwnerNotices.Notice.TALK,
          view, LetterFixtures.frenchBusiness(null), OwnerNotices.About.words("je voudrais parler au gérant"));
      OutgoingMessage toDebtor = OutgoingMessage.text("2801", "Bonjour, un petit rappel de votre facture.")
          .forCase(caseId);

      // through the outbox as the sender reads it, then reported delivered as the sender does
      TelegramStore outbox = new TelegramStore(service.relance().dataSource(), new ObjectMapper(), Clock.systemUTC());
      List<OutgoingMessage> sent = new ArrayList<>(notices);
      sent.add(toDebtor);
      assertTrue(outbox.enqueueOnce("message-party:" + caseId, sent));
      CaseDeliveryJournal journal = new CaseDeliveryJournal(service.relance().cases());
      List<TelegramStore.OutboxEntry> queued = outbox.pendingAfter(0).stream()
          .filter(e -> caseId.equals(e.message().caseId())).toList();
      assertEquals(List.of(Party.OWNER, Party.DEBTOR), queued.stream().map(e -> e.message().party()).toList(),
          "the outbox keeps whom each message is for");
      queued.forEach(e -> journal.sent(e.id(), e.message(), 7));

      eventually("both messages are journaled", () -> messages(service, caseId).size() == 2);
      List<JsonNode> messages = messages(service, caseId);
      assertEquals("owner", messages.get(0).path("party").asText(), messages.toString());
      assertEquals("1801", messages.get(0).path("chatId").asText(), messages.toString());
      assertEquals("debtor", messages.get(1).path("party").asText(), messages.toString());
      assertTrue(messages.get(1).path("chatId").isMissingNode() || messages.get(1).path("chatId").isNull(),
          "the debtor's chat is not written in the journal: " + messages);

      String dossier = dossierText(service, caseId);
      assertTrue(dossier.contains("adressé au créancier, non au débiteur (chat 1801) (telegram)"), dossier);
      assertEquals(1, dossier.split("envoyé au débiteur", -1).length - 1,
          "only the debtor's message reads as sent to the debtor:\n" + dossier);
    }
  }

  @Test
  void aMessageJournaledBeforeThePartyWasKeptReadsAsWithTheDebtor(@TempDir Path dir) throws Exception {
    try (TestService service = TestService.start(dir)) {
      ObjectMapper json = JacksonObjectMapperProvider.get(service.relance().system())
          .getOrCreate("jackson-json", Optional.empty());
      ObjectNode written = json.valueToTree(new CaseEvent.MessageRecorded(CaseEvent.Direction.OUT, "telegram",
          "Bonjour", Instant.parse("2026-11-23T08:00:00Z"), CaseEvent.Delivery.DELIVERED, null, Party.OWNER, "1801"));
      assertEquals("owner", written.path("party").asText());
      written.remove(List.of("party", "chatId"));
      CaseEvent.MessageRecorded old = json.treeToValue(written, CaseEvent.MessageRecorded.class);
      assertNull(old.party());
      assertEquals(Party.DEBTOR, old.partyOrDebtor());
      OutgoingMessage oldRow = json.readValue("{\"kind\":\"message\",\"chatId\":\"2801\",\"text\":\"Bonjour\","
          + "\"caseId\":\"c-1\"}", OutgoingMessage.class);
      assertNull(oldRow.party(), "an outbox row written before the party was kept");

      // such an event, as the journal holds it, prints as it always did
      String caseId = service.createCase(service.createBusiness(), "2026-11-20");
      ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, caseId)
          .<CaseReply>ask(r -> new CaseCommand.RecordMessage(CaseEvent.Direction.OUT, null, "telegram", null,
              "Un ancien rappel.", CaseEvent.Delivery.DELIVERED, null, "old-1", r), Duration.ofSeconds(10))
          .toCompletableFuture().get();
      String dossier = dossierText(service, caseId);
      assertTrue(dossier.contains("envoyé au débiteur (telegram)"), dossier);
      assertFalse(dossier.contains("créancier, non au débiteur"), dossier);
    }
  }

  private static List<JsonNode> messages(TestService service, String caseId) {
    List<JsonNode> found = new ArrayList<>();
    service.get("/api/cases/" + caseId + "/journal").body().forEach(entry -> {
      if (entry.path("type").asText().equals("MessageRecorded")) {
        found.add(entry.path("data"));
      }
    });
    return found;
  }

  private static String dossierText(TestService service, String caseId) throws Exception {
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            service.uri("/api/cases/" + caseId + "/dossier.pdf"))
        .header("Authorization", "Bearer " + TestService.TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    return LetterRendererTest.plain(LetterRendererTest.text(pdf.body()));
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Instant limit = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(limit), "still not true after 20 s: " + what);
      Thread.sleep(50);
    }
  }
}
