package org.relance.common;

/**
 * A postal address as printed on a letter: street lines, postcode, city, country (ISO code).
 * The postcode is also what a debtor may give to prove who they are.
 */
public record PostalAddress(String street, String postcode, String city, String country) {

  /** The address on as many lines as it needs, blank parts left out. */
  public java.util.List<String> lines() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    if (street != null && !street.isBlank()) {
      lines.addAll(java.util.List.of(street.split("\n")));
    }
    String town = ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).trim();
    if (!town.isEmpty()) {
      lines.add(town);
    }
    if (country != null && !country.isBlank()) {
      lines.add(country);
    }
    return lines;
  }
}
