package org.relance.readside;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.relance.common.WireNames;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseRules;
import org.relance.debtorcase.CaseState;
import org.relance.debtorcase.DebtorProfile;
import org.relance.debtorcase.Invoice;
import org.relance.storage.PooledJdbcSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the cases' read sides from their events: folds each event into the case's file with the
 * entity's own pure event handler (kept in {@code case_read_state}, so the projection never asks
 * the entity), then writes (a) the case's next wake-up in {@code case_wakeup} (removed when nothing
 * is due by itself) and (b) its summary and invoice summaries. Works on batches of events, one
 * write per case per batch, inside the projection's transaction, so a replayed batch rewrites the
 * same rows: idempotent.
 */
final class CaseReadSideHandler extends JdbcHandler<List<EventEnvelope<CaseEvent>>, PooledJdbcSession> {

  private final ObjectMapper json;
  private final ReadSideSql sql;

  CaseReadSideHandler(ObjectMapper json, ReadSideSql sql) {
    this.json = json;
    this.sql = sql;
  }

  /** A batch of events, in journal order: each case's events are folded, then its rows written once. */
  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<CaseEvent>> envelopes) throws Exception {
    Map<String, List<EventEnvelope<CaseEvent>>> byCase = new LinkedHashMap<>();
    for (EventEnvelope<CaseEvent> envelope : envelopes) {
      String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
      byCase.computeIfAbsent(caseId, id -> new ArrayList<>()).add(envelope);
    }
    session.withConnection(connection -> {
      for (var entry : byCase.entrySet()) {
        CaseState state = load(connection, entry.getKey());
        for (EventEnvelope<CaseEvent> envelope : entry.getValue()) {
          state = state instanceof CaseFile file
              ? file.apply(envelope.event())
              : CaseFile.opened((CaseEvent.CaseOpened) envelope.event());
        }
        CaseFile file = (CaseFile) state;
        List<EventEnvelope<CaseEvent>> events = entry.getValue();
        save(connection, entry.getKey(), file);
        writeWakeup(connection, file);
        writeSummary(connection, file, Instant.ofEpochMilli(events.get(events.size() - 1).timestamp()));
      }
      return null;
    });
  }

  private CaseState load(Connection connection, String caseId) throws Exception {
    try (PreparedStatement st = connection.prepareStatement("SELECT state_json FROM case_read_state WHERE case_id = ?")) {
      st.setString(1, caseId);
      try (var rs = st.executeQuery()) {
        return rs.next() ? json.readValue(rs.getString(1), CaseFile.class) : CaseState.Blank.INSTANCE;
      }
    }
  }

  private void save(Connection connection, String caseId, CaseFile file) throws Exception {
    sql.upsert(connection, "case_read_state", new String[] {"case_id"}, new String[] {"state_json"},
        caseId, json.writeValueAsString(file));
  }

  private void writeWakeup(Connection connection, CaseFile file) throws SQLException {
    var wake = CaseRules.nextWakeAt(file);
    if (wake.isEmpty()) {
      try (PreparedStatement st = connection.prepareStatement("DELETE FROM case_wakeup WHERE case_id = ?")) {
        st.setString(1, file.caseId());
        st.executeUpdate();
      }
    } else {
      sql.upsert(connection, "case_wakeup", new String[] {"case_id"}, new String[] {"due_at"},
          file.caseId(), Timestamp.from(wake.get()));
    }
  }

  private void writeSummary(Connection connection, CaseFile f, Instant at) throws SQLException {
    var next = CaseRules.nextStep(f);
    sql.upsert(connection, "case_summary", new String[] {"case_id"},
        new String[] {"business_id", "zone", "debtor_name", "debtor_type", "stage", "status", "holds", "currency", "balance",
            "oldest_due_date", "next_stage", "next_due_at", "profile", "open_tasks", "closure", "opened_at", "updated_at"},
        f.caseId(), f.terms().businessId(), f.terms().zone().getId(), f.debtor().name(), f.debtor().type().wire(), f.stage().wire(),
        lower(f.status()), f.holds().stream().map(WireNames::of).collect(Collectors.joining(",")),
        f.currency().getCurrencyCode(), f.balance().amount(), java.sql.Date.valueOf(f.ladderDueDate()),
        next.map(n -> n.stage().wire()).orElse(null), next.map(n -> Timestamp.from(n.dueAt())).orElse(null),
        lower(DebtorProfile.of(f).kind()), f.openTasks().size(), f.closure() == null ? null : lower(f.closure()),
        Timestamp.from(f.openedAt()), Timestamp.from(at));
    for (Invoice invoice : f.invoices()) {
      sql.upsert(connection, "case_invoice_summary", new String[] {"case_id", "invoice_number"},
          new String[] {"currency", "amount", "outstanding", "issue_date", "due_date"},
          f.caseId(), invoice.number(), invoice.amount().currency().getCurrencyCode(), invoice.amount().amount(),
          f.outstanding(invoice).amount(), java.sql.Date.valueOf(invoice.issueDate()),
          java.sql.Date.valueOf(invoice.dueDate()));
    }
  }

  private static String lower(Enum<?> value) {
    return WireNames.of(value);
  }
}
