package org.relance.letters;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.common.Language;
import org.relance.config.DatabaseConfig;
import org.relance.storage.MigratedDataSources;
import org.relance.ladder.Stage;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.LetterRenderer;
import org.relance.letters.store.LetterStore;
import org.relance.letters.store.StoredLetter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/** The letter store on H2 and on an embedded PostgreSQL, schema through the project's migration. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterStoreTest {

  private final LetterRenderer renderer = new LetterRenderer(new ClaimCalculator(rates()));
  private final Clock clock = Clock.fixed(Instant.parse("2025-08-20T09:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void anIssuedLetterIsKeptByteForByteAndTheFirstIssueStaysTheRecord(DatabaseConfig.Kind kind) throws IOException {
    LetterStore store = new LetterStore(MigratedDataSources.of(kind), clock);
    String caseId = "case-" + UUID.randomUUID();
    LetterCase file = LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.FR));
    RenderedLetter first = renderer.render(new LetterRequest(file, Stage.FIRST_LETTER, d("2025-06-30"), 8));
    RenderedLetter notice = renderer.render(new LetterRequest(file, Stage.FORMAL_NOTICE, d("2025-08-20"), 8));

    StoredLetter stored = store.issue(caseId, notice);
    assertEquals(notice.sha256(), stored.sha256());
    assertArrayEquals(notice.pdf(), stored.pdf());
    assertEquals(RenderedLetter.sha256(stored.pdf()), stored.sha256());
    assertEquals(d("2025-08-20"), stored.issuedOn());
    assertEquals(clock.instant(), stored.storedAt());
    assertTrue(LetterRendererTest.text(stored.pdf()).contains("MISE EN DEMEURE"));

    RenderedLetter again = renderer.render(new LetterRequest(file, Stage.FORMAL_NOTICE, d("2025-08-27"), 8));
    StoredLetter kept = store.issue(caseId, again);
    assertEquals(notice.sha256(), kept.sha256(), "a retry returns the letter already issued");
    assertEquals(d("2025-08-20"), kept.issuedOn());

    store.issue(caseId, first);
    assertEquals(List.of(Stage.FIRST_LETTER, Stage.FORMAL_NOTICE),
        store.list(caseId).stream().map(StoredLetter::stage).toList());
    assertTrue(store.find(caseId, Stage.WARNING_LETTER).isEmpty());
    assertTrue(store.list("another-case").isEmpty());
  }
}
