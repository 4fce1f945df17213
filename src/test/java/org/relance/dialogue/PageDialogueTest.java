package org.relance.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.app.TestService;
import org.relance.common.Language;
import org.relance.config.DatabaseConfig;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.owner.OwnerChats;
import org.relance.storage.EmbeddedPostgresDatabase;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The dialogue driven directly on a channel that is not Telegram (the debtor page), on the real
 * service: a conversation opened by a link, verified by the invoice number (a wrong one counted), a
 * promise written and confirmed landing in the case under the turns' keys with the owner's notice in
 * the reply, and each turn delivered twice recording nothing twice; wrong answers counted on the
 * conversation and locked at the same limit as a Telegram link, the owner told once. On H2 and
 * PostgreSQL.
 */
class PageDialogueTest {

  private static final String PAGE = Channel.PAGE.conversation("link-7f3a");
  private static final String OWNER_CHAT = "9001";

  private TestService service;
  private DebtorDialogue dialogue;
  private String caseId;

  private void start(DatabaseConfig.Kind kind, Path dataDir) {
    service = TestService.start(dataDir, kind == DatabaseConfig.Kind.POSTGRES
        ? EmbeddedPostgresDatabase.freshDatabaseSettings() : Map.of());
    String businessId = service.createBusiness();
    new OwnerChats(service.relance().dataSource()).bind(OWNER_CHAT, businessId, Instant.parse("2026-11-23T08:00:00Z"));
    caseId = service.createCase(businessId, "2026-11-10");
    dialogue = service.relance().debtorDialogue();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void wrongAnswersLockThePageConversationAtTheLimitAndTheOwnerIsToldOnce(DatabaseConfig.Kind kind,
                                                                          @TempDir Path dataDir) {
    start(kind, dataDir);
    dialogue.open(Channel.PAGE, PAGE, "page:t1", caseId, DebtorDialogue.Proof.LINK, Language.FR)
        .toCompletableFuture().join();
    assertTrue(take(words("page:t2", "F-1 et 69000")).orElseThrow().toDebtor().get(0).text().contains("un seul"),
        "several numbers are not counted");
    assertTrue(take(words("page:t3", "F-998")).orElseThrow().toOwner().isEmpty());
    assertTrue(take(words("page:t4", "F-999")).orElseThrow().toOwner().isEmpty());
    DialogueReply locked = take(words("page:t5", "75001")).orElseThrow();
    assertTrue(locked.toDebtor().get(0).text().contains("contacter directement"), locked.toString());
    assertEquals(1, locked.toOwner().size(), "the owner is told: " + locked);
    assertEquals(OWNER_CHAT, locked.toOwner().get(0).ownerChat());
    DialogueReply after = take(words("page:t6", "F-101")).orElseThrow();
    assertTrue(after.toOwner().isEmpty(), "told once");
    assertNull(after.toDebtor().get(0).caseId(), "even the right number shows nothing once locked: " + after);
    DialogueReply reopened = dialogue.open(Channel.PAGE, PAGE, "page:t7", caseId, DebtorDialogue.Proof.LINK,
        Language.FR).toCompletableFuture().join();
    assertTrue(reopened.toOwner().isEmpty() && reopened.toDebtor().get(0).text().contains("contacter directement"),
        "opening the link again does not start the count again: " + reopened);
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void aPromiseOnThePageLandsInTheCaseOnceAndTheOwnerIsTold(DatabaseConfig.Kind kind, @TempDir Path dataDir) {
    start(kind, dataDir);
    promise();
  }

  @Test
  void whatTheDebtorChoosesOutrightIsAnsweredAsTheSameWordsWouldBe(@TempDir Path dataDir) {
    start(DatabaseConfig.Kind.H2, dataDir);
    dialogue.open(Channel.PAGE, PAGE, "page:t1", caseId, DebtorDialogue.Proof.LINK, Language.FR)
        .toCompletableFuture().join();
    assertNull(take(choice("page:t2", DebtorTurn.PAID)).orElseThrow().toDebtor().get(0).caseId(),
        "before verification a choice only gets the question again");
    take(words("page:t3", "69003"));

    DialogueReply asked = take(choice("page:t4", DebtorTurn.promiseOn(LocalDate.of(2026, 12, 15))))
        .orElseThrow();
    assertTrue(asked.toDebtor().get(0).text().contains("15 décembre"), asked.toString());
    Choice yes = asked.toDebtor().get(0).choices().get(0).get(0);
    assertTrue(take(choice("page:t5", yes.id())).orElseThrow().toOwner().size() == 1, "the owner is told");
    DialogueReply disputed = take(choice("page:t6", DebtorTurn.DISPUTE)).orElseThrow();
    assertFalse(disputed.toOwner().isEmpty(), disputed.toString());
    DialogueReply past = take(choice("page:t7", DebtorTurn.promiseOn(LocalDate.of(2026, 11, 1))))
        .orElseThrow();
    assertTrue(past.toDebtor().get(0).choices().isEmpty(), "a day past: asked when, nothing to confirm: " + past);

    JsonNode journal = service.get("/api/cases/" + caseId + "/journal").body();
    assertEquals(1, count(journal, "PromiseRecorded", null));
    assertEquals(1, count(journal, "DisputeOpened", null), journal.toPrettyString());
    assertTrue(entries(journal, "MessageRecorded").stream().anyMatch(e -> e.path("data").path("text").asText()
        .equals("Je vous règle le mardi 15 décembre.")), "the label is copied into the journal");
  }

  /**
   * The page switched to English answers in English from that turn on, although the case holds French
   * for the debtor; switched back, in French again.
   */
  @Test
  void thePageSwitchedToEnglishIsAnsweredInEnglish(@TempDir Path dataDir) {
    start(DatabaseConfig.Kind.H2, dataDir);
    dialogue.open(Channel.PAGE, PAGE, "page:t1", caseId, DebtorDialogue.Proof.DEBTOR_ADDRESS, Language.FR)
        .toCompletableFuture().join();
    String french = take(words("page:t2", "bonjour")).orElseThrow().toDebtor().get(0).text();
    String english = take(DebtorTurn.words(Channel.PAGE, PAGE, "page:t3", "hello", Language.EN)).orElseThrow()
        .toDebtor().get(0).text();
    String frenchAgain = take(words("page:t4", "bonjour")).orElseThrow().toDebtor().get(0).text();
    assertNotEquals(french, english);
    assertEquals(french, frenchAgain);
    assertTrue(english.matches("(?s).*\\b(you|your|the)\\b.*") && !english.matches("(?s).*\\b(vous|votre)\\b.*"),
        "answered in English: " + english);
  }

  private static DebtorTurn choice(String turnId, String choice) {
    return DebtorTurn.choice(Channel.PAGE, PAGE, turnId, choice, Language.FR);
  }

  private void promise() {
    assertTrue(take(words("page:t0", "bonjour")).isEmpty(), "a conversation bound to no case is not the dialogue's");

    DialogueReply opened = dialogue.open(Channel.PAGE, PAGE, "page:t1", caseId, DebtorDialogue.Proof.LINK, Language.FR)
        .toCompletableFuture().join();
    assertNull(opened.toDebtor().get(0).caseId(), "nothing about the debt before the person is verified");
    assertTrue(opened.toDebtor().get(0).text().contains("facture"), opened.toString());

    DialogueReply wrong = take(words("page:t2", "F-999")).orElseThrow();
    assertTrue(wrong.toOwner().isEmpty());
    assertNull(wrong.toDebtor().get(0).caseId());
    DialogueReply verified = take(words("page:t3", "c'est la F-101")).orElseThrow();
    assertEquals(caseId, verified.toDebtor().get(0).caseId());
    assertTrue(verified.toDebtor().get(0).text().contains("F-101"), "the recap: " + verified);

    DialogueReply asked = take(words("page:t4", "je vous règle le 15, désolé pour le retard")).orElseThrow();
    Choice yes = asked.toDebtor().stream().flatMap(m -> m.choices().stream()).flatMap(List::stream)
        .filter(c -> c.id().startsWith("yes:")).findFirst().orElseThrow(() -> new AssertionError(asked.toString()));
    assertTrue(asked.toOwner().stream().noneMatch(n -> n.text().contains("15")), "nothing recorded before the yes");
    take(words("page:t4", "je vous règle le 15, désolé pour le retard"));

    DialogueReply recorded = take(DebtorTurn.choice(Channel.PAGE, PAGE, "page:t5", yes.id(), Language.FR)).orElseThrow();
    assertEquals(caseId, recorded.toDebtor().get(0).caseId());
    assertFalse(recorded.toOwner().isEmpty(), "the owner is told: " + recorded);
    assertEquals(OWNER_CHAT, recorded.toOwner().get(recorded.toOwner().size() - 1).ownerChat());
    assertEquals(caseId, recorded.toOwner().get(recorded.toOwner().size() - 1).caseId());
    DialogueReply again = take(DebtorTurn.choice(Channel.PAGE, PAGE, "page:t5", yes.id(), Language.FR)).orElseThrow();
    assertTrue(again.toOwner().isEmpty(), "a second delivery tells the owner nothing: " + again);

    JsonNode journal = service.get("/api/cases/" + caseId + "/journal").body();
    assertEquals(1, count(journal, "PromiseRecorded", null), journal.toPrettyString());
    assertEquals("2026-12-15", entries(journal, "PromiseRecorded").get(0).path("data").path("promise").path("date")
        .asText());
    assertEquals(1, count(journal, "IdempotencyKeyRecorded", "page:t5:promise"));
    assertEquals(1, count(journal, "IdempotencyKeyRecorded", "page:t4"), "the words copied once");
    assertEquals(1, entries(journal, "MessageRecorded").stream().filter(e -> e.path("data").path("channel").asText()
        .equals("page") && e.path("data").path("text").asText().startsWith("je vous règle le 15")).count());
  }

  private Optional<DialogueReply> take(DebtorTurn turn) {
    return dialogue.take(turn).toCompletableFuture().join();
  }

  private static DebtorTurn words(String turnId, String text) {
    return DebtorTurn.words(Channel.PAGE, PAGE, turnId, text, Language.FR);
  }

  private static List<JsonNode> entries(JsonNode journal, String type) {
    return StreamSupport.stream(journal.spliterator(), false).filter(e -> e.path("type").asText().equals(type))
        .toList();
  }

  private static long count(JsonNode journal, String type, String key) {
    return entries(journal, type).stream().filter(e -> key == null || e.path("data").path("key").asText().equals(key))
        .count();
  }
}
