package org.relance.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.PersonalFields;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Sealing one event's personal fields: a clear event as written before sealing reads as it is; a sealed one opens with its key only. */
class CaseSealTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
  private static final Optional<SecretKey> KEY = Optional.of(new SecretKeySpec(new byte[32], "AES"));
  private static final String CLEAR = """
      {"reason": "cash_flow", "words": "ma fille est malade", "at": "2026-11-23T08:00:00Z"}""";

  @Test
  void anEventWrittenInClearReadsAsItIs() throws Exception {
    CaseEvent clear = JSON.readValue(CLEAR, CaseEvent.DelayReasonRecorded.class);
    assertEquals(clear, CaseSeal.opened(clear, KEY, "c1"));
    assertEquals(clear, CaseSeal.opened(clear, Optional.empty(), "c1"), "clear stays clear: the migration command seals it");
  }

  @Test
  void aSealedEventOpensWithItsKeyAndReadsErasedWithout() throws Exception {
    CaseEvent clear = JSON.readValue(CLEAR, CaseEvent.DelayReasonRecorded.class);
    CaseEvent sealed = CaseSeal.sealed(clear, KEY, "c1");
    String written = JSON.writeValueAsString(sealed);
    assertFalse(written.contains("malade"), written);
    assertTrue(written.contains("cash_flow"), "what is not personal stays");
    assertEquals(sealed, CaseSeal.sealed(sealed, KEY, "c1"), "sealing twice changes nothing");
    assertEquals(clear, CaseSeal.opened(sealed, KEY, "c1"));
    assertEquals(PersonalFields.ERASED,
        ((CaseEvent.DelayReasonRecorded) CaseSeal.opened(sealed, Optional.empty(), "c1")).words());
    assertEquals(PersonalFields.ERASED,
        ((CaseEvent.DelayReasonRecorded) CaseSeal.sealed(clear, Optional.empty(), "c1")).words(),
        "after erasure nothing is written in clear");
  }
}
