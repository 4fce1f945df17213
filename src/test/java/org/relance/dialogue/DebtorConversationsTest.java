package org.relance.dialogue;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.common.Language;
import org.relance.common.PaymentMethod;
import org.relance.config.DatabaseConfig;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.VerificationAnswer.Reading;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.common.PostalAddress;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.storage.SchemaMigration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The question in progress kept on a real H2 database, and how a person proves they hold the invoice. */
class DebtorConversationsTest {

  @Test
  void aQuestionIsKeptWithWhatItIsAboutAndReplacedByTheNext(@TempDir Path dir) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:" + dir.resolve("db") + ";DATABASE_TO_UPPER=false");
    new SchemaMigration(dataSource, DatabaseConfig.Kind.H2).migrate();
    DebtorConversations conversations = new DebtorConversations(dataSource);
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    assertTrue(conversations.find("42").isEmpty());

    var promise = new PendingQuestion("42", "case-1", Awaiting.PROMISE_CONFIRMATION,
        Details.promise(LocalDate.of(2026, 11, 27), new BigDecimal("300"), PaymentMethod.TRANSFER, "je paie vendredi"),
        0, 17);
    conversations.save(promise, now);
    assertEquals(promise, new DebtorConversations(dataSource).find("42").orElseThrow());

    var next = new PendingQuestion("42", null, Awaiting.WHICH_CASE, Details.held("le 30", "tg:18"), 0, 18);
    conversations.save(next, now);
    assertEquals(next, conversations.find("42").orElseThrow());
    assertEquals("tg:18", conversations.find("42").orElseThrow().details().heldTurnId());
  }

  @Test
  void aConversationOfAnyChannelIsKeptUnderItsAddressAsLongAsAnEmailAddress(@TempDir Path dir) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:" + dir.resolve("db") + ";DATABASE_TO_UPPER=false");
    new SchemaMigration(dataSource, DatabaseConfig.Kind.H2).migrate();
    String mail = Channel.EMAIL.conversation("  Comptabilite.Fournisseurs-Region-Auvergne-Rhone-Alpes@Garage-Leroy-Et-Fils.example.fr ");
    assertEquals("mail:comptabilite.fournisseurs-region-auvergne-rhone-alpes@garage-leroy-et-fils.example.fr", mail);
    var held = new PendingQuestion(mail, null, Awaiting.WHICH_CASE, Details.held("le 30", "mail:3f2a"), 0,
        DebtorTurn.number("mail:3f2a"));
    new DebtorConversations(dataSource).save(held, Instant.parse("2026-11-23T08:00:00Z"));
    assertEquals(held, new DebtorConversations(dataSource).find(mail).orElseThrow());
    new DebtorChats(dataSource).bind(mail, "case-1", "b", Language.FR, Instant.parse("2026-11-23T08:00:00Z"));
    assertEquals(Channel.EMAIL, Channel.of(new DebtorChats(dataSource).chatsOf("case-1").get(0).chatId()));
  }

  @Test
  void readingsProposedBackAreKeptAcrossARestartAndARowWrittenBeforeThemStillReads(@TempDir Path dir)
      throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:" + dir.resolve("db") + ";DATABASE_TO_UPPER=false");
    new SchemaMigration(dataSource, DatabaseConfig.Kind.H2).migrate();
    DebtorConversations conversations = new DebtorConversations(dataSource);
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    var choice = new PendingQuestion("43", "case-1", Awaiting.READING_CHOICE, Details.readings(
        List.of(Intent.ALREADY_PAID, Intent.PROMISE_TO_PAY), java.util.Arrays.asList(null, DelayReason.FORGOT),
        Details.promise(LocalDate.of(2026, 12, 12), null, null, "I could do the 12th maybe")), 0, 8);
    conversations.save(choice, now);
    PendingQuestion read = new DebtorConversations(dataSource).find("43").orElseThrow();
    assertEquals(choice, read);
    assertNull(read.details().reasons().get(0));

    try (var c = dataSource.getConnection(); var insert = c.prepareStatement("INSERT INTO relance_debtor_conversation "
        + "(chat_id, case_id, awaiting, data, tries, asked_by, updated_at) VALUES ('44', 'case-2', 'PROMISE_DATE', "
        + "'{\"words\":\"je paie bientot\"}', 0, 9, CURRENT_TIMESTAMP)")) {
      insert.executeUpdate();
    }
    Details older = conversations.find("44").orElseThrow().details();
    assertEquals("je paie bientot", older.words());
    assertNull(older.readings());

    try (var c = dataSource.getConnection(); var insert = c.prepareStatement("INSERT INTO relance_debtor_conversation "
        + "(chat_id, case_id, awaiting, data, tries, asked_by, updated_at) VALUES ('45', NULL, 'WHICH_CASE', "
        + "'{\"heldText\":\"le 30\",\"heldUpdate\":18}', 0, 18, CURRENT_TIMESTAMP)")) {
      insert.executeUpdate();
    }
    assertEquals("tg:18", conversations.find("45").orElseThrow().details().heldTurnId(),
        "a message held before turns had ids is taken up under its update's key");
  }

  @Test
  void theInvoiceNumberOrThePostcodeProvesIt() {
    var view = leroy();
    assertEquals(Reading.PROVED, VerificationAnswer.read(view, "c'est la f 2026/101"));
    assertEquals(Reading.PROVED, VerificationAnswer.read(view, "69002"));
    assertEquals(Reading.WRONG, VerificationAnswer.read(view, "F-2026-10"));
    assertEquals(Reading.WRONG, VerificationAnswer.read(view, "75002"));
    assertEquals(Reading.WRONG, VerificationAnswer.read(view, "2026"));
    assertEquals(Reading.WRONG, VerificationAnswer.read(view, "je ne sais pas"));
  }

  @Test
  void anAnswerWithSeveralNumbersIsNeverTakenEvenIfOneMatches() {
    var view = leroy();
    String postcodes = java.util.stream.IntStream.range(0, 200).mapToObj(i -> String.valueOf(69000 + i))
        .collect(java.util.stream.Collectors.joining(" "));
    assertEquals(Reading.SEVERAL, VerificationAnswer.read(view, postcodes));
    assertEquals(Reading.SEVERAL, VerificationAnswer.read(view, "F-2026-100 F-2026-101 F-2026-102"));
    assertEquals(Reading.SEVERAL, VerificationAnswer.read(view, "F-2026-101,69002"));
    assertEquals(Reading.SEVERAL, VerificationAnswer.read(view, "F-2026-101 du 01/11/2026"));
    assertEquals(Reading.PROVED, VerificationAnswer.read(view, "F 2026 101"), "the whole answer is the number");
  }

  private static CaseView leroy() {
    var debtor = new Debtor("Garage Leroy", DebtorType.BUSINESS, null, null,
        new PostalAddress("3 quai Rambaud", "69002", "Lyon", null), null, null, Language.FR, null);
    var invoice = new CaseView.InvoiceView("F-2026-101", new BigDecimal("100"), "EUR", LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), new BigDecimal("100"));
    return new CaseView("c", "b", debtor, "EUR", List.of(invoice), new BigDecimal("100"), null, null, List.of(),
        null, null, 0, null, null, null, null, null, null, List.of(), null, List.of(), null, null, List.of(), List.of(),
        List.of(), null, null);
  }

  @Test
  void aWrittenYesOrNoCountsAsTheButton() {
    assertEquals(true, DebtorTexts.writtenYesNo("Oui !").orElseThrow());
    assertEquals(true, DebtorTexts.writtenYesNo("d'accord").orElseThrow());
    assertEquals(false, DebtorTexts.writtenYesNo("no").orElseThrow());
    assertTrue(DebtorTexts.writtenYesNo("oui mais le 30").isEmpty());
  }
}
