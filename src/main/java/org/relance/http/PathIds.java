package org.relance.http;

import org.apache.pekko.http.javadsl.server.PathMatcher1;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.relance.limits.InputLimits;

import java.util.regex.Pattern;

/**
 * Owns the shape of an id in a URL path (a case's, a business's): at most
 * {@link InputLimits#IDENTIFIER} characters. A longer segment matches no route, so it is answered
 * 404 at once, before any case or business is looked up.
 */
public final class PathIds {

  private static final Pattern IDENTIFIER = Pattern.compile("[^/]{1," + InputLimits.IDENTIFIER + "}");

  private PathIds() {}

  /** One path segment that can be an id. */
  public static PathMatcher1<String> identifier() {
    return PathMatchers.segment(IDENTIFIER);
  }
}
