package org.relance.debtorcase;

import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.ladder.LadderSettings;
import org.relance.serialization.JsonSerializable;

import java.time.ZoneId;

/**
 * What a case needs of its business to decide alone: the business's id, time zone, law, language,
 * plan policy and its ladder (defaults with the business's overrides). Copied into the case when
 * it opens and refreshed when the business changes its settings.
 */
public record CaseTerms(
    String businessId,
    ZoneId zone,
    Jurisdiction jurisdiction,
    Language language,
    PlanPolicy planPolicy,
    LadderSettings ladder) implements JsonSerializable {

  public static CaseTerms of(String businessId, BusinessProfile business, LadderSettings defaults) {
    return new CaseTerms(businessId, business.timezone(), business.jurisdiction(), business.language(),
        business.planPolicy() == null ? PlanPolicy.defaults() : business.planPolicy(),
        defaults.withOverrides(business.ladderOverrides()));
  }
}
