package org.relance.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sender after a crash: rows left 'sending' (a request was on the wire when the process died)
 * are sent once more and reported as possible duplicates; a row whose outcome was already unknown
 * once is not sent again; every outcome reaches the delivery journal once.
 */
class TelegramSenderRecoveryTest {

  @Test
  void afterACrashMidSendNothingIsLostAndOnlyTheUnknownIsRepeated(@TempDir Path dataDir) throws Exception {
    try (SenderRig rig = new SenderRig(dataDir)) {
      TelegramStore store = rig.store;
      store.enqueue(List.of(OutgoingMessage.text("11", "was on the wire when the process died"),
          OutgoingMessage.text("22", "unknown twice already"),
          OutgoingMessage.text("33", "never attempted").forCase("case-33")));
      try (Connection c = rig.database.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE telegram_outbox SET status = 'sending' WHERE chat_id IN ('11', '22')");
        st.executeUpdate("UPDATE telegram_outbox SET unknown_outcomes = 1 WHERE chat_id = '22'");
      }
      List<String> journal = new CopyOnWriteArrayList<>();
      rig.spawn(DocumentSource.none(), journal);
      SenderRig.awaitLines(journal, 3);

      assertEquals(List.of("possible_duplicate 11", "failed 22", "sent 33 case-33"),
          journal.stream().sorted((a, b) -> a.split(" ")[1].compareTo(b.split(" ")[1])).toList());
      List<String> delivered = rig.standIn.state().calls().stream()
          .filter(call -> call.method().equals("sendmessage")).map(call -> call.chatId()).sorted().toList();
      assertEquals(List.of("11", "33"), delivered, "each sent once, the twice-unknown one not again");
      assertEquals(Map.of("sent", 1, "possible_duplicate", 1), store.summary("11"));
      assertEquals(Map.of("failed", 1), store.summary("22"));
      assertTrue(store.pendingAfter(0).isEmpty());
    }
  }
}
