package org.relance.storage;

import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.EventEnvelope;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.persistence.query.Sequence;
import org.apache.pekko.stream.javadsl.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.debtorcase.DebtorCase;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On H2 the read journal reads events by tag with {@link TagIndexedReadJournalDao}: every tagged
 * event comes back once, in journal order, from any offset, as the case events they were written as.
 */
class TagIndexedReadJournalDaoTest {

  @Test
  void everyTaggedEventComesBackOnceInOrderFromAnyOffset(@TempDir Path dataDir) throws Exception {
    try (TestService service = TestService.start(dataDir, Map.of())) {
      var system = service.relance().system();
      assertEquals(TagIndexedReadJournalDao.class.getName(),
          system.settings().config().getString("jdbc-read-journal.dao"));
      String business = service.createBusiness();
      for (int i = 0; i < 6; i++) {
        service.createCase(business, "2026-12-1" + i);
      }
      JdbcReadJournal journal = PersistenceQuery.get(system).getReadJournalFor(JdbcReadJournal.class,
          JdbcReadJournal.Identifier());
      int all = 0;
      for (String tag : DebtorCase.tags(4)) {
        List<Long> expected = eventIds(service, tag);
        List<EventEnvelope> read = journal.currentEventsByTag(tag, Offset.noOffset())
            .runWith(Sink.seq(), system).toCompletableFuture().get();
        List<Long> offsets = new ArrayList<>();
        read.forEach(envelope -> offsets.add(((Sequence) envelope.offset()).value()));
        assertEquals(expected, offsets, tag);
        read.forEach(envelope -> assertTrue(envelope.event() instanceof org.relance.debtorcase.CaseEvent,
            envelope.event().getClass().getName()));
        if (expected.size() > 1) {
          long middle = expected.get(expected.size() / 2);
          List<EventEnvelope> after = journal.currentEventsByTag(tag, Offset.sequence(middle))
              .runWith(Sink.seq(), system).toCompletableFuture().get();
          assertEquals(expected.subList(expected.size() / 2 + 1, expected.size()),
              after.stream().map(e -> ((Sequence) e.offset()).value()).toList(), "after offset " + middle);
        }
        all += expected.size();
      }
      assertTrue(all >= 6, "the cases' events are tagged: " + all);
    }
  }

  private static List<Long> eventIds(TestService service, String tag) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection c = service.relance().dataSource().getConnection();
         var st = c.prepareStatement("SELECT event_id FROM event_tag WHERE tag = ? ORDER BY event_id")) {
      st.setString(1, tag);
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
