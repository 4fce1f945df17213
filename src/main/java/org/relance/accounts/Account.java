package org.relance.accounts;

import java.util.Set;

/**
 * A person who signs in to the admin page: its role and the businesses it may see. The access
 * rules live here and nowhere else: every route asks {@link #canRead} or {@link #canChange}.
 */
public record Account(String id, String email, Role role, Set<String> businessIds, boolean disabled) {

  public Account {
    businessIds = Set.copyOf(businessIds);
  }

  /** True when the account sees every business (an admin). */
  public boolean seesAll() {
    return role == Role.ADMIN;
  }

  public boolean canRead(String businessId) {
    return !disabled && (seesAll() || businessIds.contains(businessId));
  }

  /** Only admins and the business's owner change anything; an accountant never does. */
  public boolean canChange(String businessId) {
    return !disabled && role != Role.ACCOUNTANT && canRead(businessId);
  }
}
