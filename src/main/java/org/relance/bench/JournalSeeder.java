package org.relance.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.app.Relance;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseTerms;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorCase;
import org.relance.debtorcase.Invoice;

/**
 * Owns the filling of a bench's journal with a large history fast: each case's events (its
 * opening, then messages) go through the real journal plugin in one atomic write per case, under
 * the case's persistence id and tag, as the case entity would write them, so that a restart and
 * the cases' recovery are measured on a journal of a million events without writing them one
 * command at a time; and the copying of such cases under new ids. The seeded events carry no
 * personal field sealed (as events written before sealing existed, which the cases read as they are).
 */
final class JournalSeeder extends EventSourcedBehavior<JournalSeeder.Seed, CaseEvent, Integer> {

  /** Writes {@code events} for the case, then stops. */
  record Seed(List<CaseEvent> events, ActorRef<Done> replyTo) {}

  private final Set<String> tags;

  private JournalSeeder(String caseId, int tagCount) {
    super(PersistenceId.of(DebtorCase.ENTITY_KEY.name(), caseId));
    this.tags = Set.of(DebtorCase.tagFor(caseId, tagCount));
  }

  /**
   * Seeds {@code cases} new cases named {@code prefix-0...}, each opened then given
   * {@code eventsPerCase - 1} messages, {@code parallelism} cases at a time; completes when all are written.
   */
  static List<String> seed(Relance relance, String prefix, int cases, int eventsPerCase, int parallelism,
                           CaseTerms terms, Debtor debtor, List<Invoice> invoices, int tagCount) {
    List<String> ids = java.util.stream.IntStream.range(0, cases).mapToObj(i -> prefix + "-" + i).toList();
    Instant at = relance.time().clock().instant();
    Source.from(ids)
        .mapAsyncUnordered(parallelism, id -> AskPattern.<Seed, Done>ask(
            relance.system().systemActorOf(behavior(id, tagCount), "seed-" + id, Props.empty()),
            replyTo -> new Seed(history(id, eventsPerCase, terms, debtor, invoices, at), replyTo),
            java.time.Duration.ofMinutes(1), relance.system().scheduler()))
        .runWith(Sink.ignore(), relance.system())
        .toCompletableFuture().join();
    return ids;
  }

  /**
   * Copies the journal rows of {@code caseIds} under new case ids ({@code suffix} appended), in one
   * statement per case: a large journal quickly. The copies carry no tag (no read side sees them:
   * history already folded). Returns the new ids.
   */
  static List<String> copy(javax.sql.DataSource dataSource, List<String> caseIds, String suffix) {
    String columns = "\"deleted\", \"sequence_number\", \"writer\", \"write_timestamp\", \"adapter_manifest\", "
        + "\"event_payload\", \"event_ser_id\", \"event_ser_manifest\", \"meta_payload\", \"meta_ser_id\", "
        + "\"meta_ser_manifest\"";
    String prefix = DebtorCase.ENTITY_KEY.name() + "|";
    List<String> copies = new ArrayList<>();
    try (java.sql.Connection c = dataSource.getConnection();
         var insert = c.prepareStatement("INSERT INTO \"event_journal\" (\"persistence_id\", " + columns + ") SELECT ?, "
             + columns + " FROM \"event_journal\" WHERE \"persistence_id\" = ? ORDER BY \"sequence_number\"")) {
      c.setAutoCommit(false);
      for (String id : caseIds) {
        insert.setString(1, prefix + id + suffix);
        insert.setString(2, prefix + id);
        insert.addBatch();
        copies.add(id + suffix);
      }
      insert.executeBatch();
      c.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot copy the bench's history: " + e.getMessage(), e);
    }
    return copies;
  }

  private static Behavior<Seed> behavior(String caseId, int tagCount) {
    return new JournalSeeder(caseId, tagCount);
  }

  private static List<CaseEvent> history(String caseId, int events, CaseTerms terms, Debtor debtor,
                                         List<Invoice> invoices, Instant at) {
    List<CaseEvent> history = new ArrayList<>(events);
    history.add(new CaseEvent.CaseOpened(caseId, terms, debtor, invoices, List.of(), at));
    for (int i = 1; i < events; i++) {
      history.add(new CaseEvent.MessageRecorded(CaseEvent.Direction.IN, "bench", "message " + i, at, null, null,
          null, null));
    }
    return history;
  }

  @Override
  public Integer emptyState() {
    return 0;
  }

  @Override
  public Set<String> tagsFor(CaseEvent event) {
    return tags;
  }

  @Override
  public CommandHandler<Seed, CaseEvent, Integer> commandHandler() {
    return newCommandHandlerBuilder().forAnyState()
        .onCommand(Seed.class, seed -> Effect().persist(seed.events())
            .thenRun(written -> seed.replyTo().tell(Done.getInstance()))
            .thenStop())
        .build();
  }

  @Override
  public EventHandler<Integer, CaseEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((count, event) -> count + 1);
  }
}
