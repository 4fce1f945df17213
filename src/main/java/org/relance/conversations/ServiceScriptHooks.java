package org.relance.conversations;

import org.relance.app.Relance;

import java.util.List;
import java.util.Map;

/**
 * The service's {@link ScriptHooks}. Until the case core provides cases, the simulated clock and
 * state queries, a script using {@code setup}, {@code clock} or {@code state} fails with a message
 * saying so (never silently passes).
 */
public final class ServiceScriptHooks implements ScriptHooks {

  @Override
  public void setup(Relance service, Map<String, Object> setup) {
    throw notYet("setup");
  }

  @Override
  public void moveClock(Relance service, String move) {
    throw notYet("clock");
  }

  @Override
  public List<String> checkState(Relance service, Map<String, Object> expected) {
    throw notYet("state");
  }

  private static UnsupportedOperationException notYet(String step) {
    return new UnsupportedOperationException("'" + step + "' steps need the case core, not wired into scripts yet");
  }
}
