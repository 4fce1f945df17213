package org.relance.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.gateway.CaseGateway;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The debtor's rights over what is held on them, across every case of the same person in the
 * business ({@link SamePerson}): everything held, exported as one document; and erasure
 * (crypto-shredding): the contacts of a debtor who said STOP kept hashed ({@link Suppression}),
 * each case's key destroyed, the rows beside the journal scrubbed ({@link PrivacyStore}), then the
 * case records {@code PersonalDataErased}, from which the read sides rebuild without the data.
 * Every export and erasure goes to the audit log with who asked and why.
 */
public final class PersonalData {

  /** The outcome of an erasure: the cases erased, or the open ones that kept it from happening. */
  public record Erasure(List<String> erased, List<String> stillOpen) {}

  static final String ERASE_KEY = "personal-data-erased";

  private final CaseGateway cases;
  private final CaseKeys keys;
  private final CaseJournal journal;
  private final SamePerson people;
  private final PrivacyStore store;
  private final Suppression suppression;
  private final Executor blocking;
  private final Supplier<CompletionStage<Void>> readSidesCaughtUp;

  /**
   * {@code readSidesCaughtUp}: completes once the read sides hold every event written so far (waited
   * for only when the asked case is not on them yet: it was opened a moment ago).
   */
  public PersonalData(CaseGateway cases, DataSource dataSource, ObjectMapper json, CaseKeys keys,
                      CaseJournal journal, Suppression suppression, Clock clock, Executor blocking,
                      Supplier<CompletionStage<Void>> readSidesCaughtUp) {
    this.cases = cases;
    this.keys = keys;
    this.journal = journal;
    this.people = new SamePerson(dataSource, json);
    this.store = new PrivacyStore(dataSource, clock);
    this.suppression = suppression;
    this.blocking = blocking;
    this.readSidesCaughtUp = readSidesCaughtUp;
  }

  /** Everything held on the case's debtor, or empty when there is no such case; the export is audited. */
  public CompletionStage<Optional<Map<String, Object>>> export(String caseId, String actor) {
    return sameCases(caseId, (view, files) -> {
      List<CompletableFuture<Map<String, Object>>> cases = files.stream().map(file -> journal.entries(file.caseId())
          .thenApplyAsync(entries -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("caseId", file.caseId());
            one.put("debtor", file.debtor());
            one.put("status", file.status());
            one.put("journal", entries);
            one.putAll(store.heldBeside(file.caseId()));
            return one;
          }, blocking).toCompletableFuture()).toList();
      return CompletableFuture.allOf(cases.toArray(CompletableFuture[]::new)).thenApplyAsync(done -> {
        store.audit(PrivacyStore.Action.EXPORT, caseId, view.businessId(), actor, null);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("caseId", caseId);
        export.put("businessId", view.businessId());
        export.put("samePerson", "same SIREN when both have one; else same e-mail or name");
        export.put("cases", cases.stream().map(CompletableFuture::join).toList());
        return export;
      }, blocking);
    });
  }

  /**
   * Erases the personal data of the case's debtor in every closed case of theirs; none while one is open.
   * The read sides are waited for first, so a case closed a moment ago is seen closed.
   */
  public CompletionStage<Optional<Erasure>> erase(String caseId, String actor, String reason) {
    return readSidesCaughtUp.get().thenCompose(caughtUp -> sameCases(caseId, (view, files) -> {
      List<String> open = files.stream().filter(f -> f.closure() == null).map(CaseFile::caseId).toList();
      if (!open.isEmpty()) {
        return CompletableFuture.completedFuture(new Erasure(List.of(), open));
      }
      CompletionStage<List<String>> erased = CompletableFuture.completedFuture(new ArrayList<>());
      for (CaseFile file : files) {
        erased = erased.thenCompose(done -> eraseOne(file, actor, reason, PrivacyStore.Action.ERASE).thenApply(id -> {
          done.add(id);
          return done;
        }));
      }
      return erased.thenApply(ids -> new Erasure(ids, List.of()));
    }));
  }

  /** Erases one closed case: contacts kept hashed if it said STOP, key destroyed, rows scrubbed, event recorded. */
  CompletionStage<String> eraseOne(CaseFile file, String actor, String reason, PrivacyStore.Action action) {
    String id = file.caseId();
    return CompletableFuture.runAsync(() -> {
      if (file.contactStop() != null) {
        suppression.add(file.terms().businessId(),
            Suppression.contacts(file.debtor().email(), file.debtor().phone(), store.chatIds(id)));
      }
      keys.erase(id);
      store.scrub(id);
      store.audit(action, id, file.terms().businessId(), actor, reason);
    }, blocking).thenCompose(done -> cases.ask(id, replyTo -> new CaseCommand.ErasePersonalData(ERASE_KEY, replyTo)))
        .thenApply(reply -> {
          if (reply instanceof CaseReply.Rejected rejected) {
            throw new IllegalStateException("Case " + id + " did not record its erasure: " + rejected.message());
          }
          return id;
        });
  }

  /** Blocking: the owner was told at {@code at} that the case is erased on {@code eraseOn} (retention). */
  void noticed(CaseFile file, java.time.LocalDate eraseOn, java.time.Instant at, String actor) {
    store.noticed(file.caseId(), eraseOn, at);
    store.audit(PrivacyStore.Action.RETENTION_NOTICE, file.caseId(), file.terms().businessId(), actor,
        "erasure on " + eraseOn);
  }

  /** The case's view and the files of every case of the same debtor, handed to {@code then}; empty when no such case. */
  private <T> CompletionStage<Optional<T>> sameCases(String caseId,
                                                      BiFunction<CaseView, List<CaseFile>, CompletionStage<T>> then) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return CompletableFuture.completedFuture(Optional.empty());
      }
      CaseView view = accepted.view();
      return CompletableFuture.supplyAsync(() -> people.casesOf(view.businessId(), view.debtor()), blocking)
          .thenCompose(files -> hasOwnCase(caseId, files) ? CompletableFuture.completedFuture(files)
              : readSidesCaughtUp.get().thenApplyAsync(caught -> withOwnCase(caseId,
                  people.casesOf(view.businessId(), view.debtor())), blocking))
          .thenCompose(files -> then.apply(view, files)).thenApply(Optional::of);
    });
  }

  private static boolean hasOwnCase(String caseId, List<CaseFile> files) {
    return files.stream().anyMatch(f -> f.caseId().equals(caseId));
  }

  /** The asked case is always among those erased or exported: once the read sides caught up, it is on them. */
  private static List<CaseFile> withOwnCase(String caseId, List<CaseFile> files) {
    if (!hasOwnCase(caseId, files)) {
      throw new IllegalStateException("case " + caseId + " is not on the read side; its projection may be parked");
    }
    return files;
  }

}
