package org.relance.hostile;

import java.util.List;

/**
 * What a hostile person types or presses in the bot, by role: an owner's commands, answers to the
 * guided flows (names, amounts, dates, e-mails at their edges), a debtor's sentences with absurd
 * amounts and dates, verification answers, and button data, either copied from the bot's own
 * buttons or forged. Seeded.
 */
public final class ChatInputs {

  /** One input: a text (commands included), or a button's data (null data: a press without any). */
  public record Input(boolean press, String value) {
    static Input text(String text) {
      return new Input(false, text);
    }

    static Input press(String data) {
      return new Input(true, data);
    }
  }

  private static final List<String> OWNER_COMMANDS = List.of("/new", "/new", "/paid", "/pause", "/cases", "/today",
      "/settings", "/help", "/cancel", "/web", "/start", "/register", "/new@RelanceBot now", "/cases 999999999");
  private static final List<String> DEBTOR_COMMANDS = List.of("/start", "/help", "/stop", "/cancel");
  private static final List<String> OWNER_ANSWERS = List.of("Boulangerie Martin", "SARL", "particulier", "entreprise",
      "F-2026-001", "1200,50", "1 200,50 €", "1e17", "100000000000000000", "99999999999999999999,99", "-0", "0",
      "0,001", "-5", "NaN", "1" + "0".repeat(1000), "12/12/2026", "+999999999-12-31", "0000-01-01", "31/02/2026",
      "demain", "hier", "compta@martin.example", "not-an-email", "+33612345678", "0000", "69003", "oui", "non",
      "yes", "no", "skip", "passer", "I" + "N".repeat(64), "x".repeat(201), "y".repeat(256), "fr", "en", "zz",
      "Europe/Paris", "Mars/Olympus", "9", "25", "-1", "Atelier Dupont");
  private static final List<String> DEBTOR_SENTENCES = List.of("je paierai le 15 décembre", "je paie demain",
      "I will pay 1e17 euros on +999999999-12-31", "je paierai 100000000000000000 € le 0000-01-01",
      "je peux payer en 200 fois", "en 3 fois: 1e5000000, -0, NaN", "c'est payé", "already paid on 0000-01-01",
      "la facture est fausse", "STOP", "mauvais numéro", "wrong person", "qui êtes-vous ?", "oui", "non",
      "je paierai le +999999999-12-31", "payé par chèque le 31/02/2026", "F-101", "75002", "69003",
      "75001 75002 75003 69003 13001 33000 " + "12345 ".repeat(200), "je n'ai pas d'argent", "demain 9999 €",
      "le 32 décembre", "1 200,50", "dans 1000000 ans");
  private static final List<String> BUTTON_PREFIXES = List.of("ans:", "flow:", "open:", "paid:", "pause:", "done:",
      "snooze:", "page:", "posted:", "registered:", "letter_pdf:", "fix_promise:", "reject_plan:", "fix_claim:",
      "promise_kept:", "claim_denied:", "d:yes:", "d:no:", "d:case:", "signup", "");

  private final HostileStrings strings;

  public ChatInputs(HostileStrings strings) {
    this.strings = strings;
  }

  /** What an owner does next, given the buttons the bot last showed them and the cases they have. */
  public Input owner(List<String> buttons, List<String> caseIds) {
    int roll = strings.random().nextInt(100);
    if (roll < 20) {
      return Input.text(strings.pick(OWNER_COMMANDS));
    }
    if (roll < 60) {
      return Input.text(strings.random().nextBoolean() ? strings.pick(OWNER_ANSWERS) : strings.nextText());
    }
    return press(buttons, caseIds);
  }

  /** What a debtor does next in a bound chat. */
  public Input debtor(List<String> buttons, List<String> caseIds, List<String> invitationTokens) {
    int roll = strings.random().nextInt(100);
    if (roll < 8) {
      return Input.text(strings.pick(DEBTOR_COMMANDS));
    }
    if (roll < 12) {
      return Input.text("/start " + (strings.random().nextBoolean() ? strings.pick(invitationTokens)
          : strings.nextText()));
    }
    if (roll < 65) {
      return Input.text(strings.random().nextBoolean() ? strings.pick(DEBTOR_SENTENCES) : strings.nextText());
    }
    return press(buttons, caseIds);
  }

  /** What someone unknown to the bot sends. */
  public Input stranger(List<String> invitationTokens) {
    return switch (strings.random().nextInt(5)) {
      case 0 -> Input.text("/start " + (strings.random().nextBoolean() ? strings.pick(invitationTokens)
          : strings.nextText()));
      case 1 -> Input.text("/start business");
      case 2 -> press(List.of(), List.of());
      default -> Input.text(strings.nextText());
    };
  }

  /** A press: one of the bot's own buttons (when there are any), or data forged from a real prefix. */
  private Input press(List<String> buttons, List<String> caseIds) {
    if (!buttons.isEmpty() && strings.random().nextInt(10) < 6) {
      return Input.press(strings.pick(buttons));
    }
    if (strings.random().nextInt(20) == 0) {
      return Input.press(null);
    }
    String target = !caseIds.isEmpty() && strings.random().nextBoolean() ? strings.pick(caseIds) : strings.nextText();
    String tail = strings.random().nextBoolean() ? "" : ":" + strings.nextText();
    return Input.press(strings.pick(BUTTON_PREFIXES) + target + tail);
  }
}
