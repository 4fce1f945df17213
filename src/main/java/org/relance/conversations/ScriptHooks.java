package org.relance.conversations;

import org.relance.app.Relance;

import java.util.List;
import java.util.Map;

/**
 * What a script needs from the case core and cannot do through Telegram: set up businesses and
 * cases, move the simulated clock, and check a case's state. {@link ServiceScriptHooks} is the
 * service's implementation.
 */
public interface ScriptHooks {

  /**
   * Creates what a {@code setup} step describes: a business, cases, case commands, debtor chats bound
   * to cases and already verified ({@code debtors}), a two-way exchange in a debtor chat now
   * ({@code exchange}); {@link ServiceScriptHooks} says how each is written.
   */
  void setup(Relance service, Map<String, Object> setup);

  /** Moves the simulated clock: an ISO duration ({@code P3D}) forward or an ISO instant to go to. */
  void moveClock(Relance service, String move);

  /**
   * Fills what a script cannot know in advance into a person's text or button data (the service's
   * hooks: {@code {invitation}}, the owner link token of the business set up; {@code {case:alias}}, a case's id).
   */
  default String expand(String text) {
    return text;
  }

  /** Compares a {@code state} step with the service's state; returns one line per difference (none: equal). */
  List<String> checkState(Relance service, Map<String, Object> expected);
}
