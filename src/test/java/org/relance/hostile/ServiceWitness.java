package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.debtorcase.DebtorCase;
import org.relance.letters.LetterIssuer;
import org.relance.outreach.OutreachQueue;
import org.relance.readside.CaseReadSide;
import org.relance.readside.ReadSideProgress;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * What must hold after a barrage, read from the outside: {@code /health} answers ok at once, each
 * case's journal as read before the barrage is still the start of its journal now (no event lost or
 * changed; new ones may follow), the read sides catch up, and {@code GET /api/cases} lists every
 * case the journal holds. Breaks go into the {@link Tally}.
 */
public final class ServiceWitness {

  /** The service under test keeps {@code relance.cases.tag-count} at its default. */
  private static final int DEFAULT_TAG_COUNT = 4;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CATCH_UP = Duration.ofSeconds(30);
  private static final Duration HEALTH = Duration.ofSeconds(2);

  private final HostileClient client;
  private final String token;
  private final DataSource dataSource;
  private final Executor blocking;
  private final Tally tally;

  public ServiceWitness(HostileClient client, String token, DataSource dataSource, Executor blocking, Tally tally) {
    this.client = client;
    this.token = token;
    this.dataSource = dataSource;
    this.blocking = blocking;
    this.tally = tally;
  }

  /** Every case's journal as it stands now, by case id. */
  public Map<String, List<JsonNode>> journals() {
    Map<String, List<JsonNode>> journals = new LinkedHashMap<>();
    for (String id : journaledCases()) {
      journals.put(id, journal(id));
    }
    return journals;
  }

  /** Checks every invariant against the journals read before the barrage. */
  public void check(Map<String, List<JsonNode>> before) {
    health();
    int intact = 0;
    for (var entry : before.entrySet()) {
      List<JsonNode> now = journal(entry.getKey());
      List<JsonNode> then = entry.getValue();
      if (now.size() < then.size()) {
        tally.failed("witness", "journal", "events lost", entry.getKey() + ": " + then.size() + " before, "
            + now.size() + " after");
      } else if (!now.subList(0, then.size()).equals(then)) {
        tally.failed("witness", "journal", "events changed", entry.getKey());
      } else {
        intact++;
      }
    }
    tally.casesChecked(intact);
    caughtUp();
  }

  private void health() {
    HostileClient.Reply reply = client.withTimeout(HEALTH).send("GET", "/health", null, Map.of());
    if (reply.status() != 200 || !reply.body().contains("ok")) {
      tally.failed("witness", "/health", "not healthy: " + reply.statusName(), reply.body());
    }
  }

  /** The read sides catch up, then the case list holds every journaled case. */
  private void caughtUp() {
    try {
      new ReadSideProgress(dataSource, blocking, List.of(CaseReadSide.NAME, LetterIssuer.NAME, OutreachQueue.NAME),
          DebtorCase.tags(DEFAULT_TAG_COUNT))
          .awaitCaughtUp(CATCH_UP).toCompletableFuture().get(CATCH_UP.toSeconds() + 5, TimeUnit.SECONDS);
    } catch (Exception e) {
      tally.failed("witness", "read sides", "not caught up within " + CATCH_UP.toSeconds() + " s", String.valueOf(
          e.getMessage()));
    }
    Set<String> listed = new TreeSet<>();
    for (String page = "/api/cases"; page != null; ) {
      HostileClient.Reply list = client.send("GET", page, null, Map.of("Authorization", "Bearer " + token));
      try {
        JSON.readTree(list.body()).forEach(summary -> listed.add(summary.path("id").asText()));
      } catch (IOException e) {
        tally.failed("witness", "GET /api/cases", "answer is not JSON", list.body());
      }
      page = list.nextPage();
    }
    List<String> missing = journaledCases().stream().filter(id -> !listed.contains(id)).toList();
    if (!missing.isEmpty()) {
      tally.failed("witness", "GET /api/cases", missing.size() + " journaled case(s) missing from the list",
          String.join(", ", missing));
    }
  }

  private List<JsonNode> journal(String caseId) {
    HostileClient.Reply reply = client.send("GET", "/api/cases/" + caseId + "/journal", null,
        Map.of("Authorization", "Bearer " + token));
    List<JsonNode> entries = new ArrayList<>();
    try {
      JSON.readTree(reply.body()).forEach(entries::add);
    } catch (IOException e) {
      tally.failed("witness", "journal", "journal not readable: " + reply.statusName(), caseId, reply.body());
    }
    if (reply.status() != 200) {
      tally.failed("witness", "journal", "journal answered " + reply.statusName(), caseId, reply.body());
    }
    return entries;
  }

  /** The ids of every case with events in the journal. */
  private List<String> journaledCases() {
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT DISTINCT persistence_id FROM event_journal "
             + "WHERE persistence_id LIKE 'DebtorCase|%' ORDER BY persistence_id");
         ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1).substring("DebtorCase|".length()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the journal: " + e.getMessage(), e);
    }
    return ids;
  }
}
