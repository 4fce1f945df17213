package org.relance.nlu.intent;

import org.relance.nlu.Intent;

import java.io.PrintStream;
import java.util.List;

/** Prints scorecards side by side: per-intent figures, summary, confusion matrices, threshold curve. */
final class EvalReport {

  private EvalReport() {}

  static void sideBySide(String leftName, Scorecard left, String rightName, Scorecard right, PrintStream out) {
    out.printf("%-18s | %-28s | %-28s%n", "", leftName + " (" + left.size() + ")", rightName + " (" + right.size() + ")");
    out.printf("%-18s | %6s %6s %6s %7s | %6s %6s %6s %7s%n", "intent", "P", "R", "F1", "support", "P", "R", "F1", "support");
    List<Scorecard.IntentFigures> l = left.perIntent();
    List<Scorecard.IntentFigures> r = right.perIntent();
    for (int i = 0; i < l.size(); i++) {
      out.printf("%-18s | %6.3f %6.3f %6.3f %7d | %6.3f %6.3f %6.3f %7d%n", l.get(i).intent().wire(),
          l.get(i).precision(), l.get(i).recall(), l.get(i).f1(), l.get(i).support(),
          r.get(i).precision(), r.get(i).recall(), r.get(i).f1(), r.get(i).support());
    }
    out.printf("%-18s | %27.3f | %27.3f%n", "intent macro-F1", left.macroF1(), right.macroF1());
    out.printf("%-18s | %27.3f | %27.3f%n", "intent accuracy", left.accuracy(), right.accuracy());
    out.printf("%-18s | %27.3f | %27.3f%n", "reason accuracy", left.reasonAccuracy(), right.reasonAccuracy());
  }

  static void confusion(String name, Scorecard card, PrintStream out) {
    out.println("Confusion matrix, " + name + " (rows: labelled intent, columns: predicted)");
    out.printf("%-18s", "");
    for (Intent intent : Intent.values()) {
      out.printf(" %5s", abbreviation(intent));
    }
    out.println();
    int[][] matrix = card.confusion();
    for (Intent gold : Intent.values()) {
      out.printf("%-18s", gold.wire());
      for (Intent predicted : Intent.values()) {
        int n = matrix[gold.ordinal()][predicted.ordinal()];
        out.printf(" %5s", n == 0 ? "." : Integer.toString(n));
      }
      out.println();
    }
  }

  static void thresholds(Scorecard card, Scorecard.ThresholdPoint chosen, PrintStream out) {
    out.println("Confidence threshold (cross-validated): precision of the answers kept, share sent to \"please rephrase\"");
    out.printf("%9s %14s %16s%n", "threshold", "kept precision", "uncertain share");
    for (Scorecard.ThresholdPoint p : card.thresholdCurve()) {
      if (Math.round(p.threshold() * 100) % 10 == 0 || p.threshold() == chosen.threshold()) {
        out.printf("%9.2f %14.3f %16.3f%s%n", p.threshold(), p.keptPrecision(), p.uncertainShare(),
            p.threshold() == chosen.threshold() ? "   <- chosen" : "");
      }
    }
  }

  /** The first letters of each word: {@code promise_to_pay} → {@code ptp}. */
  static String abbreviation(Intent intent) {
    StringBuilder out = new StringBuilder();
    for (String part : intent.wire().split("_")) {
      out.append(part.charAt(0));
    }
    return out.toString();
  }
}
