package org.relance.letters;

import com.typesafe.config.Config;
import org.relance.ladder.Stage;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.claim.RateTables;
import org.relance.letters.limitation.LimitationCalculator;
import org.relance.letters.limitation.LimitationWarning;
import org.relance.letters.pdf.DossierRenderer;
import org.relance.letters.pdf.LetterRenderer;

import java.time.LocalDate;
import java.util.List;

/**
 * The letters area as the rest of Relance uses it, built once from {@code relance.letters}: the
 * claim as of a date, a letter of the ladder rendered to PDF (with the configured formal-notice
 * deadline), the handover dossier, and the limitation warnings due. Pure and thread-safe: the
 * rendering is CPU work (tens of milliseconds), the storing is {@link org.relance.letters.store.LetterStore}'s.
 */
public final class Letters {

  private final RateTables rates;
  private final ClaimCalculator claims;
  private final LetterRenderer letters;
  private final DossierRenderer dossiers;
  private final org.relance.letters.pdf.StatementRenderer statements;
  private final LimitationCalculator limitation = new LimitationCalculator();
  private final int formalNoticeDeadlineDays;

  public Letters(RateTables rates, int formalNoticeDeadlineDays) {
    this(rates, formalNoticeDeadlineDays, true);
  }

  public Letters(RateTables rates, int formalNoticeDeadlineDays, boolean floorOnDefaultRate) {
    if (formalNoticeDeadlineDays < 8 || formalNoticeDeadlineDays > 15) {
      throw new IllegalArgumentException("relance.letters.formal-notice-deadline-days must be 8 to 15, not "
          + formalNoticeDeadlineDays);
    }
    this.rates = rates;
    this.claims = new ClaimCalculator(rates, floorOnDefaultRate);
    this.letters = new LetterRenderer(claims);
    this.dossiers = new DossierRenderer(claims);
    this.statements = new org.relance.letters.pdf.StatementRenderer(claims);
    this.formalNoticeDeadlineDays = formalNoticeDeadlineDays;
  }

  public static Letters fromConfig(Config config) {
    return new Letters(RateTables.fromConfig(config), config.getInt("relance.letters.formal-notice-deadline-days"),
        config.getBoolean("relance.letters.legal-floor-on-default-rate"));
  }

  /** The rate tables the claims read. */
  public RateTables rates() {
    return rates;
  }

  /** What the debtor owes as of {@code date} (GET /api/cases/{id}/claim?date=...). */
  public Claim claim(LetterCase file, LocalDate date) {
    return claims.compute(file, date);
  }

  /** The letter of {@code stage} dated {@code date}, as PDF bytes with their SHA-256. */
  public RenderedLetter letter(LetterCase file, Stage stage, LocalDate date) {
    return letters.render(new LetterRequest(file, stage, date, formalNoticeDeadlineDays));
  }

  /**
   * The declaration of the claim to the mandataire judiciaire, dated {@code date}, with the claim as of the
   * opening judgment of {@code judgmentDate} (collective proceedings), as PDF bytes.
   */
  public byte[] claimDeclaration(LetterCase file, LocalDate judgmentDate, LocalDate date) {
    return letters.renderDeclaration(new LetterRequest(file, Stage.FORMAL_NOTICE, date, formalNoticeDeadlineDays),
        judgmentDate);
  }

  /** The statement of the debtor's account on {@code asOf}, in {@code language}. */
  public byte[] statementPdf(LetterCase file, LocalDate asOf, org.relance.common.Language language) {
    return statements.render(file, asOf, language);
  }

  /** The handover dossier as one PDF. */
  public byte[] dossierPdf(DossierRequest request) {
    return dossiers.renderPdf(request);
  }

  /** The handover dossier PDF and every kept letter in one ZIP. */
  public byte[] dossierZip(DossierRequest request) {
    return dossiers.renderZip(request);
  }

  /** The limitation warnings due to the owner on {@code today}; send each {@link LimitationWarning#key()} once. */
  public List<LimitationWarning> limitationWarnings(LetterCase file, LocalDate today) {
    return limitation.warningsDue(file, today);
  }
}
