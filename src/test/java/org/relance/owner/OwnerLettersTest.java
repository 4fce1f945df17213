package org.relance.owner;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.common.Language;
import org.relance.config.DatabaseConfig;
import org.relance.storage.MigratedDataSources;
import org.relance.ladder.Stage;
import org.relance.letters.RenderedLetter;
import org.relance.letters.store.LetterStore;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.TelegramStore;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pieces that keep letters in the owner's chat sane: the sender reads a letter document from the
 * letter store by its reference (H2 and PostgreSQL), a letter is queued once per key, every letter
 * button fits Telegram's 64-byte callback data, and the file name is plain ASCII.
 */
class OwnerLettersTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-25T09:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void theSenderReadsTheStoredLetterAndEachLetterIsQueuedOnce(DatabaseConfig.Kind kind) {
    DataSource data = MigratedDataSources.of(kind);
    String caseId = UUID.randomUUID().toString();
    byte[] pdf = "%PDF-1.7 la lettre".getBytes(StandardCharsets.ISO_8859_1);
    new LetterStore(data, CLOCK).issue(caseId, RenderedLetter.of(Stage.FIRST_LETTER,
        LocalDate.of(2026, 12, 25), Language.FR, pdf, null));
    DocumentSource documents = OwnerLetters.documents(new LetterStore(data, CLOCK));

    assertArrayEquals(pdf, documents.read("letter:" + caseId + ":first_letter").orElseThrow());
    assertEquals(Optional.empty(), documents.read("letter:" + caseId + ":formal_notice").map(b -> "found"));
    assertEquals(Optional.empty(), documents.read("letter:" + caseId + ":nonsense").map(b -> "found"));
    assertEquals(Optional.empty(), documents.read("photo:" + caseId).map(b -> "found"));

    TelegramStore outbox = new TelegramStore(data, new ObjectMapper(), CLOCK);
    OutgoingMessage letter = OutgoingMessage.document("9", new OutgoingMessage.Document(
        "letter:" + caseId + ":first_letter", "lettre.pdf"), "À poster aujourd'hui.", List.of());
    assertTrue(outbox.enqueueOnce("letter:" + caseId + ":first_letter", List.of(letter)));
    assertFalse(outbox.enqueueOnce("letter:" + caseId + ":first_letter", List.of(letter)));
    assertEquals(1, outbox.pendingAfter(0).stream().filter(e -> e.message().chatId().equals("9")).count());
    assertEquals(letter, outbox.pendingAfter(0).stream().filter(e -> e.message().chatId().equals("9"))
        .findFirst().orElseThrow().message(), "the document reads back from the outbox as written");
  }

  @Test
  void everyLetterButtonFitsTelegramsCallbackData() {
    String caseId = UUID.randomUUID().toString();
    for (Stage stage : Stage.values()) {
      if (!stage.isLetter()) {
        continue;
      }
      for (OwnerAction.Verb verb : List.of(OwnerAction.Verb.POSTED, OwnerAction.Verb.REGISTERED,
          OwnerAction.Verb.LETTER_PDF)) {
        String data = new OwnerAction(verb, caseId, stage.wire()).data();
        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data + " is longer than 64 bytes");
        assertEquals(Optional.of(new OwnerAction(verb, caseId, stage.wire())), OwnerAction.parse(data));
      }
    }
  }

  @Test
  void theFileNameSaysWhatAndForWhomInPlainAscii() {
    assertEquals("mise-en-demeure-sarl-electricite-generale-l-etoile-2027-01-24.pdf",
        OwnerLetters.fileName("mise-en-demeure", "SARL Électricité Générale « L'Étoile »",
            LocalDate.of(2027, 1, 24)));
    assertEquals("reminder-letter-2026-12-25.pdf", OwnerLetters.fileName("reminder-letter", "???",
        LocalDate.of(2026, 12, 25)));
  }
}
