package org.relance.letters;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.relance.gateway.CaseGateway;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.HalfYear;
import org.relance.letters.claim.RateTable;
import org.relance.letters.store.LetterStore;
import org.relance.letters.store.StoredLetter;
import org.relance.ladder.Stage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The letters of live cases: gathers a case, its business and its journal, and issues (renders,
 * stores, records in the case's journal with its date and hash), previews, or reads back its
 * letters, claim and dossier; a letter prints the debtor page's address when there is one to print. Rendering and storage run on the blocking executor, never in an actor;
 * the letters the ladder issues on their own pool ({@code relance.letters.rendering-threads}).
 */
public final class CaseLetters {

  private final CaseGateway cases;
  private final Letters letters;
  private final LetterStore store;
  private final LetterCases mapper;
  private final CaseJournal journal;
  /** The address of a case's debtor page to print on its letters, or null (blocking). */
  private final Function<String, String> pageUrl;
  private final Executor blocking;
  private final Executor rendering;
  private final Clock clock;

  public CaseLetters(ActorSystem<?> system, CaseGateway cases, Letters letters, LetterStore store, LetterCases mapper,
                     CaseJournal journal, Function<String, String> pageUrl, Executor blocking, Clock clock) {
    this.cases = cases;
    this.pageUrl = pageUrl;
    this.letters = letters;
    this.store = store;
    this.mapper = mapper;
    this.journal = journal;
    this.blocking = blocking;
    this.rendering = system.dispatchers().lookup(DispatcherSelector.fromConfig("relance-letters-dispatcher"));
    this.clock = clock;
  }

  /**
   * The line {@code run} prints about the rate tables: the half-year they reach, or which of them end
   * before today's half-year (claims then carry the last rate forward, and say so, until it is added).
   */
  public String startupReport() {
    HalfYear current = HalfYear.of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    List<RateTable> behind = letters.rates().endingBefore(current);
    if (behind.isEmpty()) {
      return "Rate tables: up to date for " + current + " (relance.letters.rates).";
    }
    return "Rate tables: " + behind.stream().map(t -> t.name() + " ends at " + t.lastPublished())
        .collect(Collectors.joining(", ")) + ", before " + current + ": claims carry the last rate forward and say so"
        + " until the published half-year is added under relance.letters.added-rates (README: Rate tables: a new"
        + " half-year).";
  }

  /** A case as the letters see it, with the date it is today in its business's time zone; empty if no such case. */
  public CompletionStage<Optional<Dated>> letterCase(String caseId) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return CompletableFuture.completedFuture(Optional.empty());
      }
      CaseView view = accepted.view();
      CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> pageUrl.apply(caseId), blocking);
      return cases.profile(view.businessId())
          .thenCombine(journal.entries(caseId), (business, entries) -> business.map(profile ->
              new Dated(mapper.from(view, profile, entries),
                  clock.instant().atZone(profile.timezone()).toLocalDate(), postings(view), view.proceedings())))
          .thenCombine(page, (dated, url) -> dated.map(d -> new Dated(d.file().withPageUrl(url), d.today(),
              d.postings(), d.proceedings())));
    });
  }

  /** A case's letter data, "today" for it, the letters the owner recorded as posted, its collective proceedings (or null). */
  public record Dated(LetterCase file, LocalDate today, List<LetterPosting> postings,
                      CaseView.ProceedingsView proceedings) {}

  private static List<LetterPosting> postings(CaseView view) {
    return view.letters().stream().filter(l -> l.postedOn() != null)
        .map(l -> new LetterPosting(l.stage(), l.postedOn(), l.registeredNumber())).toList();
  }

  /**
   * Issues the letter of {@code stage} dated the day of {@code at} in the business's time zone:
   * renders it, stores it (a letter already stored for that rung stays the record), and records it
   * in the case's journal once.
   */
  public CompletionStage<Done> issue(String caseId, Stage stage, java.time.Instant at) {
    return letterCase(caseId).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(Done.getInstance());
      }
      LocalDate date = at.atZone(found.get().file().business().timezone()).toLocalDate();
      return CompletableFuture.supplyAsync(() -> store.find(caseId, stage)
              .orElseGet(() -> store.issue(caseId, letters.letter(found.get().file(), stage, date))), rendering)
          .thenCompose(stored -> cases.ask(caseId, r -> new CaseCommand.RecordLetterIssued(stage, stored.issuedOn(),
              stored.sha256(), "letter:" + stage.wire(), r)))
          .thenApply(reply -> Done.getInstance());
    });
  }

  public CompletionStage<Optional<StoredLetter>> stored(String caseId, Stage stage) {
    return CompletableFuture.supplyAsync(() -> store.find(caseId, stage), blocking);
  }

  /** The letter of {@code stage} as it would be today, recording nothing. */
  public CompletionStage<Optional<byte[]>> preview(String caseId, Stage stage) {
    return letterCase(caseId).thenApplyAsync(found -> found.map(d -> letters.letter(d.file(), stage, d.today()).pdf()),
        blocking);
  }

  /** The claim as of {@code date} (null: today). */
  public CompletionStage<Optional<Claim>> claim(String caseId, LocalDate date) {
    return letterCase(caseId).thenApplyAsync(found -> found.map(d -> letters.claim(d.file(),
        date == null ? d.today() : date)), blocking);
  }

  /** A limitation warning due by today, with its wording in the business's language. */
  public record DueWarning(org.relance.letters.limitation.LimitationWarning warning, String text) {}

  /** The limitation warnings due by today (six months and one month before each invoice's limit). */
  public CompletionStage<Optional<List<DueWarning>>> limitationWarnings(String caseId) {
    return limitationWarnings(caseId, null);
  }

  /**
   * The limitation warnings due on {@code day} (null: today in the business's time zone): the owner's
   * daily watch passes the day it rang for, so a warning comes on its day however long the ring takes.
   */
  public CompletionStage<Optional<List<DueWarning>>> limitationWarnings(String caseId, LocalDate day) {
    return letterCase(caseId).thenApplyAsync(found -> found.map(d -> letters.limitationWarnings(d.file(),
            day == null ? d.today() : day)
        .stream().map(w -> new DueWarning(w, w.text(d.file().business().language()))).toList()), blocking);
  }

  /**
   * The declaration of the claim to the mandataire judiciaire, dated today, the claim as of the opening
   * judgment (as of today when its day is unknown); empty when there is no such case or no proceedings.
   */
  public CompletionStage<Optional<byte[]>> claimDeclaration(String caseId) {
    return letterCase(caseId).thenApplyAsync(found -> found.filter(d -> d.proceedings() != null).map(d ->
        letters.claimDeclaration(d.file(), d.proceedings().judgmentDate() == null ? d.today()
            : d.proceedings().judgmentDate(), d.today())), blocking);
  }

  /**
   * The statement of the debtor's account as of today, in {@code language} (null: the debtor's language,
   * else the business's); empty when there is no such case.
   */
  public CompletionStage<Optional<byte[]>> statement(String caseId, org.relance.common.Language language) {
    return letterCase(caseId).thenApplyAsync(found -> found.map(d -> letters.statementPdf(d.file(), d.today(),
        language != null ? language : d.file().debtor().language() != null ? d.file().debtor().language()
            : d.file().business().language())), blocking);
  }

  /** The handover dossier as of today, with every stored letter. */
  public CompletionStage<Optional<byte[]>> dossier(String caseId) {
    return letterCase(caseId).thenApplyAsync(found -> found.map(d ->
        letters.dossierPdf(new DossierRequest(d.file(), d.today(), store.list(caseId), d.postings()))), blocking);
  }
}
