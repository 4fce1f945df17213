package org.relance.debtorcase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/**
 * The owner records that a letter was posted: only an issued letter, not in the future; it completes
 * the task to post that letter (and only that one), shows in the case's letters, survives a restart,
 * and a registered letter's number can be added to a letter already recorded as posted.
 */
class LetterPostedTest extends CaseEntityTest {

  private static final LocalDate DUE = LocalDate.of(2026, 11, 1);

  @BeforeEach
  void caseAtTheFirstLetter() {
    kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(), oneInvoiceDue(DUE), List.of(), null, r));
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 1)));
    assertEquals(Stage.FIRST_LETTER, view(kit.<CaseReply>runCommand(Wake::new).reply()).stage());
  }

  private CaseView issue(Stage stage, LocalDate on) {
    return view(kit.<CaseReply>runCommand(r -> new RecordLetterIssued(stage, on, "ab".repeat(32),
        "letter:" + stage.wire(), r)).reply());
  }

  private static CaseReply.Refusal refusal(CaseReply reply) {
    assertInstanceOf(CaseReply.Rejected.class, reply, () -> "accepted: " + reply);
    return ((CaseReply.Rejected) reply).refusal();
  }

  @Test
  void postingTheIssuedLetterCompletesItsTaskAndShowsInTheLetters() {
    CaseView issued = issue(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 1));
    OwnerTask post = issued.tasks().stream().filter(t -> t.kind() == OwnerTask.Kind.POST_LETTER).findFirst()
        .orElseThrow();
    assertEquals(Stage.FIRST_LETTER, post.stage());

    var result = kit.<CaseReply>runCommand(r -> new RecordLetterPosted(Stage.FIRST_LETTER, null, null, "tg:7", r));
    assertEquals(List.of(new TaskDone(post.id(), clock.instant()),
        new LetterPosted(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 1), null, clock.instant()),
        new IdempotencyKeyRecorded("tg:7", clock.instant())), result.events());
    CaseView posted = view(result.reply());
    assertTrue(posted.tasks().stream().noneMatch(t -> t.id().equals(post.id())), "the task to post it is done");
    CaseFile.IssuedLetter letter = posted.letters().get(0);
    assertEquals(LocalDate.of(2026, 12, 1), letter.postedOn());
    assertNull(letter.registeredNumber());

    var repeat = kit.<CaseReply>runCommand(r -> new RecordLetterPosted(Stage.FIRST_LETTER, null, null, "tg:7", r));
    assertTrue(repeat.events().isEmpty(), "a redelivered press records nothing twice");
    assertEquals(CaseReply.Refusal.CONFLICT, refusal(kit.<CaseReply>runCommand(r ->
        new RecordLetterPosted(Stage.FIRST_LETTER, null, null, "tg:8", r)).reply()), "posted once is enough");

    CaseState before = kit.getState();
    kit.restart();
    assertEquals(before, kit.getState());
  }

  @Test
  void aRegisteredNumberIsKeptAndCanBeAddedLater() {
    issue(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 1));
    kit.<CaseReply>runCommand(r -> new RecordLetterPosted(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 1), null,
        "k1", r));
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 2)));
    CaseView registered = view(kit.<CaseReply>runCommand(r -> new RecordLetterPosted(Stage.FIRST_LETTER, null,
        " 1A 234 567 8901 2 ", "k2", r)).reply());
    CaseFile.IssuedLetter letter = registered.letters().get(0);
    assertEquals("1A 234 567 8901 2", letter.registeredNumber());
    assertEquals(LocalDate.of(2026, 12, 2), letter.postedOn());
  }

  @Test
  void onlyAnIssuedLetterCanBePostedAndNotInTheFuture() {
    assertEquals(CaseReply.Refusal.NOT_FOUND, refusal(kit.<CaseReply>runCommand(r ->
        new RecordLetterPosted(Stage.FIRST_LETTER, null, null, "k1", r)).reply()), "nothing issued yet");
    issue(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 1));
    assertEquals(CaseReply.Refusal.INVALID, refusal(kit.<CaseReply>runCommand(r ->
        new RecordLetterPosted(Stage.FIRST_LETTER, LocalDate.of(2026, 12, 5), null, "k2", r)).reply()));
    assertEquals(CaseReply.Refusal.INVALID, refusal(kit.<CaseReply>runCommand(r ->
        new RecordLetterPosted(Stage.FIRST_LETTER, LocalDate.of(2026, 11, 30), null, "k4", r)).reply()),
        "not before the letter was issued");
    assertEquals(CaseReply.Refusal.NOT_FOUND, refusal(kit.<CaseReply>runCommand(r ->
        new RecordLetterPosted(Stage.FORMAL_NOTICE, null, "1A", "k3", r)).reply()), "the formal notice is not out");
    assertTrue(view(kit.<CaseReply>runCommand(Get::new).reply()).tasks().stream()
        .anyMatch(t -> t.kind() == OwnerTask.Kind.POST_LETTER), "a refused posting leaves the task open");
  }
}
