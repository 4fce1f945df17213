package org.relance.letters.handover;

import org.relance.business.Jurisdiction;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.letters.claim.Claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do once the formal notice went unanswered: the court form that fits the debtor, the
 * possible next steps with the recommended one first, and the debtor data the form needs but the
 * case lacks ({@code legal_form}, {@code siren}, {@code registered_office}). Pure.
 *
 * <p>France: a claim of at most 5 000 € (principal + penalties + indemnity) goes first to the
 * small-claims procedure (quick and cheap, but the debtor must agree), then to an injonction de
 * payer; above it, the injonction de payer comes first. A collection agency is always possible;
 * factoring only for a business debtor. UK: a County Court claim, or a collection agency.
 */
public record HandoverAdvice(CourtForm courtForm, List<NextStep> steps, List<String> missingDebtorData) {

  public static final BigDecimal SMALL_CLAIMS_LIMIT_EUR = new BigDecimal("5000");

  public HandoverAdvice {
    steps = List.copyOf(steps);
    missingDebtorData = List.copyOf(missingDebtorData);
  }

  public NextStep recommended() {
    return steps.get(0);
  }

  public static HandoverAdvice of(Jurisdiction jurisdiction, Debtor debtor, Claim claim) {
    boolean business = debtor.type() == DebtorType.BUSINESS;
    List<NextStep> steps = new ArrayList<>();
    CourtForm form;
    if (jurisdiction == Jurisdiction.UK) {
      form = CourtForm.UK_N1;
      steps.add(NextStep.COUNTY_COURT_CLAIM);
    } else {
      form = business ? CourtForm.CERFA_12946 : CourtForm.CERFA_12948;
      if (claim.total().amount().compareTo(SMALL_CLAIMS_LIMIT_EUR) <= 0) {
        steps.add(NextStep.SMALL_CLAIMS);
      }
      steps.add(NextStep.INJONCTION_DE_PAYER);
    }
    steps.add(NextStep.COLLECTION_AGENCY);
    if (business) {
      steps.add(NextStep.FACTORING);
    }
    List<String> missing = new ArrayList<>();
    if (business) {
      if (blank(debtor.legalForm())) {
        missing.add("legal_form");
      }
      if (jurisdiction == Jurisdiction.FR && blank(debtor.siren())) {
        missing.add("siren");
      }
    }
    if (debtor.address() == null || debtor.address().lines().isEmpty()) {
      missing.add(business ? "registered_office" : "address");
    }
    return new HandoverAdvice(form, steps, missing);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
