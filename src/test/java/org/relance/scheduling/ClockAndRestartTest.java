package org.relance.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated clock across restarts, downtime and long jumps, on the real service. */
class ClockAndRestartTest {

  @Test
  void aRestartWithALaterClockStartDoesTheMissedStepOnceAndTheClockNeverGoesBack(@TempDir Path dir) {
    String caseId;
    try (TestService first = TestService.start(dir)) {
      caseId = first.createCase(first.createBusiness(), "2026-12-10");
      assertEquals(200, first.advanceDays(9).status());
      assertEquals("not_due", first.get("/api/cases/" + caseId).text("stage"));
    }
    try (TestService later = TestService.start(dir, Map.of("relance.clock.start", "2026-12-05T08:00:00Z"))) {
      assertEquals("2026-12-05T08:00:00Z", later.get("/api/clock").text("now"));
      assertEquals("pre_due", later.get("/api/cases/" + caseId).text("stage"), "the step that fell due meanwhile");
      assertEquals(List.of("pre_due"), steps(later.get("/api/cases/" + caseId + "/journal").body()));
    }
    try (TestService earlier = TestService.start(dir, Map.of("relance.clock.start", "2026-11-23T08:00:00Z"))) {
      assertEquals("2026-12-05T08:00:00Z", earlier.get("/api/clock").text("now"), "resumes at the saved time");
      assertEquals(List.of("pre_due"), steps(earlier.get("/api/cases/" + caseId + "/journal").body()),
          "nothing done twice");
    }
  }

  @Test
  void oneNinetyDayJumpStopsAtEveryStepOnItsOwnDay(@TempDir Path dir) {
    try (TestService service = TestService.start(dir)) {
      String businessId = service.createBusiness();
      String onTime = service.createCase(businessId, "2026-12-10");
      String overdue = service.createCase(businessId, "2026-10-04");
      var moved = service.advanceDays(90);
      assertEquals("2027-02-21T08:00:00Z", moved.text("now"));
      assertEquals(List.of("pre_due@2026-12-02", "due@2026-12-09", "friendly@2026-12-10", "first_letter@2026-12-24",
          "warning_letter@2027-01-08", "formal_notice@2027-01-23", "handover@2027-02-07"),
          stepsWithDays(service.get("/api/cases/" + onTime + "/journal").body()));
      assertEquals(List.of("due@2026-11-23", "friendly@2026-11-23", "first_letter@2026-11-29",
          "warning_letter@2026-12-06", "formal_notice@2026-12-13", "handover@2026-12-20"),
          stepsWithDays(service.get("/api/cases/" + overdue + "/journal").body()),
          "registered 50 days overdue: friendly at once, then one gap of 7 days at a time");
      var list = service.get("/api/cases?stage=handover&businessId=" + businessId).body();
      assertEquals(2, list.size());
      assertTrue(list.get(0).path("overdueDays").asInt() > 60);
    }
  }

  @Test
  void theSystemClockCannotBeMoved(@TempDir Path dir) {
    try (TestService service = TestService.start(dir, Map.of("relance.clock.mode", "system"))) {
      assertEquals(409, service.advanceDays(1).status());
      assertEquals("system", service.get("/api/clock").text("mode"));
    }
  }

  private static List<String> steps(JsonNode journal) {
    return stepsWithDays(journal).stream().map(s -> s.substring(0, s.indexOf('@'))).toList();
  }

  private static List<String> stepsWithDays(JsonNode journal) {
    List<String> steps = new ArrayList<>();
    journal.forEach(e -> {
      if (e.path("type").asText().equals("StepReached")) {
        steps.add(e.path("data").path("stage").asText() + "@" + e.path("time").asText().substring(0, 10));
      }
    });
    return steps;
  }

  @Test
  void alarmsSharingAnInstantAllRingOnceInTheOrderTheyWereAdded(@TempDir Path dir) {
    try (TestService service = TestService.start(dir)) {
      List<String> rung = new CopyOnWriteArrayList<>();
      Instant eight = Instant.parse("2026-11-24T07:00:00Z");
      for (String name : List.of("digest", "outreach", "limitation")) {
        service.relance().time().addAlarm(new TimeKeeper.Alarm() {
          @Override
          public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
            return CompletableFuture.completedFuture(Optional.of(eight).filter(at -> at.isAfter(after)));
          }

          @Override
          public CompletionStage<Void> ring(Instant at) {
            rung.add(name + "@" + at);
            return CompletableFuture.completedFuture(null);
          }
        });
      }
      assertEquals(200, service.advanceDays(2).status());
      assertEquals(List.of("digest@" + eight, "outreach@" + eight, "limitation@" + eight), rung);
    }
  }
}
