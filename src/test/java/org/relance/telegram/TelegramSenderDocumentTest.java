package org.relance.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.telegram.standin.StandInState.Call;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents through the outbox: the outbox keeps a reference, the sender reads the bytes when it
 * sends them as a multipart sendDocument (file name, caption, buttons), a reference that names
 * nothing is refused for good, and a message queued once for a key is not queued again.
 */
class TelegramSenderDocumentTest {

  private static final byte[] PDF = "%PDF-1.7 a letter".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void sendsTheStoredFileWithItsCaptionAndButtonsOnce(@TempDir Path dataDir) throws Exception {
    try (SenderRig rig = new SenderRig(dataDir)) {
      OutgoingMessage letter = OutgoingMessage.document("41", new OutgoingMessage.Document("letter:c1:first_letter",
              "relance-simple.pdf"), "Votre lettre de relance, à poster aujourd'hui.",
          List.of(List.of(new OutgoingMessage.Button("Postée", "posted:c1:first_letter")))).forCase("c1");
      OutgoingMessage missing = OutgoingMessage.document("42", new OutgoingMessage.Document("letter:c2:first_letter",
          "absent.pdf"), "nothing behind it", List.of());
      assertTrue(rig.store.enqueueOnce("letter:c1:first_letter", List.of(letter)));
      assertFalse(rig.store.enqueueOnce("letter:c1:first_letter", List.of(letter)), "a key queues once");
      rig.store.enqueue(List.of(missing));

      List<String> journal = new CopyOnWriteArrayList<>();
      rig.spawn(reference -> reference.equals("letter:c1:first_letter") ? Optional.of(PDF) : Optional.empty(),
          journal);
      SenderRig.awaitLines(journal, 2);

      assertEquals(List.of("failed 42",
              "sent 41 c1 Votre lettre de relance, à poster aujourd'hui.\n[relance-simple.pdf]"),
          journal.stream().sorted().toList());
      List<Call> sent = rig.standIn.state().calls().stream().filter(c -> c.method().equals("senddocument")).toList();
      assertEquals(1, sent.size(), "one document reached Telegram, once");
      Call document = sent.get(0);
      assertEquals("41", document.chatId());
      assertEquals("file:relance-simple.pdf (" + PDF.length + " bytes)", document.document());
      assertEquals("Votre lettre de relance, à poster aujourd'hui.", document.text());
      assertTrue(String.valueOf(document.params().get("reply_markup")).contains("posted:c1:first_letter"));
      assertEquals(Map.of("sent", 1), rig.store.summary("41"));
      assertEquals(Map.of("failed", 1), rig.store.summary("42"));
    }
  }

  /** A photo (the /stats chart) goes the same way, as a multipart sendPhoto with its caption, its bytes read when sent. */
  @Test
  void sendsAPhotoByReferenceAsSendPhoto(@TempDir Path dataDir) throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    try (SenderRig rig = new SenderRig(dataDir)) {
      OutgoingMessage chart = OutgoingMessage.photo("43", new OutgoingMessage.Document("stats:fr:1:EUR:b1",
          "stats-2026-11-23-eur.png"), "Sommes dues au 23 nov. 2026 (EUR)");
      assertEquals(chart, org.relance.api.ApiJson.read(org.relance.api.ApiJson.write(chart), OutgoingMessage.class),
          "the outbox keeps it as JSON");
      rig.store.enqueue(List.of(chart));
      List<String> journal = new CopyOnWriteArrayList<>();
      rig.spawn(reference -> reference.equals("stats:fr:1:EUR:b1") ? Optional.of(png) : Optional.empty(), journal);
      SenderRig.awaitLines(journal, 1);
      List<Call> sent = rig.standIn.state().calls().stream().filter(c -> c.method().equals("sendphoto")).toList();
      assertEquals(1, sent.size());
      assertEquals("file:stats-2026-11-23-eur.png (" + png.length + " bytes)", sent.get(0).photo());
      assertEquals("Sommes dues au 23 nov. 2026 (EUR)", sent.get(0).text());
      assertEquals(Map.of("sent", 1), rig.store.summary("43"));
    }
  }
}
