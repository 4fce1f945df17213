package org.relance.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/** The generators of the hostile-input suite make what they claim, and the same seed makes the same inputs. */
class HostileGeneratorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSameSeedGivesTheSameInputsAndAnotherSeedOthers() {
    assertEquals(bodies(42), bodies(42));
    assertEquals(chatInputs(42), chatInputs(42));
    assertNotEquals(bodies(42), bodies(43));
    assertNotEquals(chatInputs(42), chatInputs(43));
  }

  @Test
  void everyKindOfHostileStringIsWhatItSays() {
    HostileStrings strings = new HostileStrings(new SplittableRandom(1));
    Set<HostileStrings.Kind> seen = EnumSet.noneOf(HostileStrings.Kind.class);
    for (int i = 0; i < 2_000; i++) {
      seen.add(strings.next().kind());
    }
    assertEquals(EnumSet.allOf(HostileStrings.Kind.class), seen, "next() reaches every kind");
    for (int i = 0; i < 200; i++) {
      assertTrue(strings.of(HostileStrings.Kind.LONG).text().length() > 64);
      assertTrue(strings.of(HostileStrings.Kind.CONTROL).text().chars().anyMatch(c -> c < 0x20 || c == 0x7F
          || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\\'));
      assertTrue(strings.of(HostileStrings.Kind.RIGHT_TO_LEFT).text().chars().anyMatch(c -> (c >= 0x200E && c <= 0x200F)
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)));
      assertTrue(strings.of(HostileStrings.Kind.EMOJI).text().codePoints().anyMatch(c -> c >= 0x1F000 || c == 0x20E3));
      assertTrue(hasLoneSurrogate(strings.of(HostileStrings.Kind.LONE_SURROGATE).text()));
      assertTrue(strings.of(HostileStrings.Kind.BLANK).text().isBlank()
          || strings.of(HostileStrings.Kind.BLANK).text().strip().chars().allMatch(c -> c == 0x200B));
    }
  }

  @Test
  void hostileValuesReachTheWireAsTyped() {
    HostileStrings strings = new HostileStrings(new SplittableRandom(2));
    HostileValues values = new HostileValues(strings);
    Set<String> written = new java.util.HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      written.add(JSON.createObjectNode().set("amount", values.number()).toString());
    }
    for (String token : List.of("1e5000000", "-0", "NaN", "9".repeat(1001))) {
      assertTrue(written.contains("{\"amount\":" + token + "}"), token + " is written as a raw token");
    }
    String deep = values.of(HostileValues.Kind.DEEP).toString();
    assertTrue(deep.startsWith("[".repeat(2_000)), "nesting far past the parser's limit");
    assertTrue(values.of(HostileValues.Kind.HUGE_LIST).size() >= 1_000);
  }

  @Test
  void theMutatorSpoilsEachFieldOfARealShapeSomeTime() throws Exception {
    HostileStrings strings = new HostileStrings(new SplittableRandom(3));
    BodyMutator mutator = new BodyMutator(new HostileValues(strings), strings);
    ObjectNode valid = ApiShapes.WITH_BODY.stream().filter(s -> s.name().equals("case")).findFirst().orElseThrow()
        .body();
    String validText = JSON.writeValueAsString(valid);
    List<String> hows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      BodyMutator.Mutated mutated = mutator.mutate(valid);
      assertNotEquals(validText, mutated.json(), "a mutation changes the body: " + mutated.how());
      hows.add(mutated.how());
    }
    assertEquals(validText, JSON.writeValueAsString(valid), "the valid shape is left as it was");
    for (String field : List.of("businessId", "debtor.name", "debtor.address.postcode", "invoices[0].amount",
        "invoices[0].dueDate", "priorReminders[0].stage")) {
      assertTrue(hows.stream().anyMatch(h -> h.startsWith(field + " = ")), field + " gets a hostile value");
      assertTrue(hows.stream().anyMatch(h -> h.contains(field + " removed")), field + " is removed");
    }
    assertTrue(hows.stream().anyMatch(h -> h.equals("body replaced by 'null'")));
    assertTrue(hows.stream().anyMatch(h -> h.startsWith("truncated at")));
  }

  @Test
  void generatedUpdatesAreTelegramUpdates() throws Exception {
    TelegramUpdates updates = new TelegramUpdates(new HostileStrings(new SplittableRandom(4)));
    TelegramUpdates.Chat chat = new TelegramUpdates.Chat(2001, false, "fr");
    Update text = JSON.readValue(updates.text(chat, "/start abc").toString(), Update.class);
    assertEquals(2001L, text.getMessage().getChatId());
    assertEquals("/start abc", text.getMessage().getText());
    assertEquals("start", org.relance.telegram.UpdateFacts.command(text).orElseThrow());
    Update press = JSON.readValue(updates.press(chat, "d:yes:x").toString(), Update.class);
    assertEquals("d:yes:x", press.getCallbackQuery().getData());
    assertTrue(press.getUpdateId() > text.getUpdateId(), "every update has a new id");
  }

  @Test
  void internalsAreFoundAndPlainTextIsNot() {
    assertTrue(InternalsLeak.in("internal error: Cannot invoke \"org.relance.api.ApiRequests$PromiseBody.date()\"")
        .isPresent());
    assertTrue(InternalsLeak.in("java.lang.NullPointerException").isPresent());
    assertTrue(InternalsLeak.in("boom\n\tat org.x.Y.run(Y.java:12)").isPresent());
    assertTrue(InternalsLeak.in("failed: IllegalStateException").isPresent());
    assertEquals(java.util.Optional.empty(), InternalsLeak.in("Merci, c’est noté : paiement de 1 200,50 € le 15/12."));
    assertEquals(java.util.Optional.empty(), InternalsLeak.in("{\"error\":\"invoices[0].amount: is required\","
        + "\"field\":\"invoices[0].amount\"}"));
  }

  private static List<String> bodies(long seed) {
    HostileStrings strings = new HostileStrings(new SplittableRandom(seed));
    BodyMutator mutator = new BodyMutator(new HostileValues(strings), strings);
    return generate(ApiShapes.WITH_BODY.size() * 20, i -> mutator.mutate(ApiShapes.WITH_BODY.get(
        i % ApiShapes.WITH_BODY.size()).body()).json());
  }

  private static List<String> chatInputs(long seed) {
    ChatInputs inputs = new ChatInputs(new HostileStrings(new SplittableRandom(seed)));
    return generate(500, i -> inputs.owner(List.of("ans:1"), List.of("c1")) + "|"
        + inputs.debtor(List.of(), List.of("c1"), List.of("t1")) + "|" + inputs.stranger(List.of("t1")));
  }

  private static List<String> generate(int count, Function<Integer, String> one) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(one.apply(i));
    }
    return all;
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}
