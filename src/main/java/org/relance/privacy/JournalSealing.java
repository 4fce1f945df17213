package org.relance.privacy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.DebtorCase;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;

import javax.crypto.SecretKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Rewrites the case events of a stopped installation's journal in place (H2 or PostgreSQL), one
 * event at a time through Pekko's own serialization: {@link #seal} seals the personal fields of the
 * events written in clear before sealing existed, creating each case's key as needed. Idempotent:
 * a sealed field stays as it is, so a second run changes nothing. The snapshots of a case whose
 * events changed are dropped (they may hold its data in clear); the case rebuilds from its journal.
 */
public final class JournalSealing implements AutoCloseable {

  /** What a run changed. */
  public record Outcome(int events, int cases, int snapshots) {}

  /** How one event of one case is rewritten. */
  @FunctionalInterface
  interface Rewrite {
    CaseEvent apply(CaseEvent event, Optional<SecretKey> key, String caseId);
  }

  private static final String PREFIX = DebtorCase.ENTITY_KEY.name() + "|";

  private final Database database;
  private final ActorSystem<Void> system;
  private final CaseKeys keys;

  public JournalSealing(Config config) {
    this.database = Database.open(config);
    new SchemaMigration(database.dataSource(), database.kind()).migrate();
    this.system = ActorSystem.create(Behaviors.empty(), "relance-journal-sealing",
        config.withValue("pekko.actor.provider", ConfigValueFactory.fromAnyRef("local")));
    this.keys = new CaseKeys(database.dataSource(), Runnable::run, Clock.systemUTC(), 1);
  }

  /** Seals every personal field still in clear. */
  public Outcome seal() {
    return rewrite(CaseSeal::sealed);
  }

  Outcome rewrite(Rewrite rewrite) {
    Serialization serialization = SerializationExtension.get(system);
    int events = 0;
    Set<String> changedCases = new LinkedHashSet<>();
    Map<String, Optional<SecretKey>> caseKeys = new HashMap<>();
    try (Connection c = database.dataSource().getConnection();
         PreparedStatement select = c.prepareStatement("SELECT \"ordering\", \"persistence_id\", \"event_payload\", "
             + "\"event_ser_id\", \"event_ser_manifest\" FROM \"event_journal\" WHERE \"persistence_id\" LIKE ? "
             + "ORDER BY \"ordering\"");
         PreparedStatement update = c.prepareStatement(
             "UPDATE \"event_journal\" SET \"event_payload\" = ? WHERE \"ordering\" = ?")) {
      select.setString(1, PREFIX + "%");
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String caseId = rs.getString(2).substring(PREFIX.length());
          Object event = serialization.deserialize(rs.getBytes(3), rs.getInt(4), rs.getString(5)).get();
          CaseEvent written = (CaseEvent) event;
          CaseEvent rewritten = rewrite.apply(written, caseKeys.computeIfAbsent(caseId, keys::keyOrCreate), caseId);
          if (!rewritten.equals(written)) {
            update.setBytes(1, serialization.serialize(rewritten).get());
            update.setLong(2, rs.getLong(1));
            update.executeUpdate();
            events++;
            changedCases.add(caseId);
          }
        }
      }
      return new Outcome(events, changedCases.size(), dropSnapshots(c, changedCases));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot rewrite the journal: " + e.getMessage(), e);
    }
  }

  private static int dropSnapshots(Connection c, Set<String> caseIds) throws SQLException {
    int dropped = 0;
    try (PreparedStatement st = c.prepareStatement("DELETE FROM \"snapshot\" WHERE \"persistence_id\" = ?")) {
      for (String caseId : caseIds) {
        st.setString(1, PREFIX + caseId);
        dropped += st.executeUpdate();
      }
    }
    return dropped;
  }

  @Override
  public void close() {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    database.close();
  }
}
