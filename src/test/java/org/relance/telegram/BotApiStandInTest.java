package org.relance.telegram;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stand-in as the real Telegram client sees it: files, long polls, offsets. */
class BotApiStandInTest {

  private BotApiStandIn standIn;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() throws Exception {
    standIn = BotApiStandIn.start(0);
    OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    client = new OkHttpTelegramClient(http, "123:test", new TelegramUrl("http", "127.0.0.1", standIn.port(), false));
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void recordsDocumentsAndPhotosSentAsMultipart() throws Exception {
    byte[] pdf = "%PDF-1.7 lettre de relance".getBytes(StandardCharsets.UTF_8);
    Message sent = client.execute(SendDocument.builder().chatId("-42")
        .document(new InputFile(new ByteArrayInputStream(pdf), "relance-F-12.pdf"))
        .caption("Lettre de relance – facture F-12").build());
    client.execute(SendPhoto.builder().chatId("42")
        .photo(new InputFile(new ByteArrayInputStream(new byte[] {1, 2, 3}), "recu.png")).build());

    assertEquals(-42L, sent.getChatId());
    List<Call> calls = standIn.state().calls();
    assertEquals("senddocument", calls.get(0).method());
    assertEquals("-42", calls.get(0).chatId());
    assertEquals("Lettre de relance – facture F-12", calls.get(0).text(), "UTF-8 caption survives multipart");
    assertEquals("file:relance-F-12.pdf (" + pdf.length + " bytes)", calls.get(0).params().get("document"));
    assertEquals("sendphoto", calls.get(1).method());
    assertEquals("file:recu.png (3 bytes)", calls.get(1).params().get("photo"));
  }

  @Test
  void getUpdatesWaitsForNewsAndForgetsWhatTheOffsetConfirms() throws Exception {
    assertEquals("relance_standin_bot", client.execute(new GetMe()).getUserName());
    CompletableFuture<List<Update>> poll = CompletableFuture.supplyAsync(() -> execute(
        GetUpdates.builder().offset(0).timeout(10).build()));
    Thread.sleep(200);
    assertFalse(poll.isDone(), "the long poll is held open while there is nothing");
    long first = standIn.state().userWrites(7, false, 7, "Léa", "fr", "Bonjour");
    List<Update> updates = poll.get(5, TimeUnit.SECONDS);
    assertEquals(1, updates.size());
    assertEquals("Bonjour", updates.get(0).getMessage().getText());
    assertEquals("fr", updates.get(0).getMessage().getFrom().getLanguageCode());

    long second = standIn.state().userPresses(7, false, 7, "Léa", "fr", "help", 1);
    List<Update> again = execute(GetUpdates.builder().offset((int) first).timeout(0).build());
    assertEquals(2, again.size(), "not confirmed yet: delivered again");
    List<Update> next = execute(GetUpdates.builder().offset((int) first + 1).timeout(0).build());
    assertEquals(1, next.size());
    assertEquals(second, next.get(0).getUpdateId().longValue());
    assertEquals("help", next.get(0).getCallbackQuery().getData());
    assertTrue(execute(GetUpdates.builder().offset((int) second + 1).timeout(0).build()).isEmpty());
  }

  private List<Update> execute(GetUpdates getUpdates) {
    try {
      return client.execute(getUpdates);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
