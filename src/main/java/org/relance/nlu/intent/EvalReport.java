package org.relance.nlu.intent;

import org.relance.nlu.Intent;

import java.io.PrintStream;
import java.util.List;

/** Prints scorecards side by side: per-intent figures, summary, confusion matrices, reliability diagram, threshold curve. */
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
    out.printf("%-18s | %27.3f | %27.3f%n", "false-reason rate", left.falseReasonRate(), right.falseReasonRate());
  }

  static void reliability(String name, Scorecard card, int bins, PrintStream out) {
    out.println("Reliability diagram, " + name + ": are readings given with a confidence right that often?");
    out.printf("%-11s %7s %15s %9s  %s%n", "confidence", "replies", "mean confidence", "accuracy", "accuracy as a bar (| = mean confidence)");
    for (Scorecard.ReliabilityBin bin : card.reliability(bins)) {
      if (bin.count() == 0) {
        out.printf("%.1f-%.1f    %7d%n", bin.from(), bin.to(), 0);
        continue;
      }
      out.printf("%.1f-%.1f    %7d %15.3f %9.3f  %s%n", bin.from(), bin.to(), bin.count(), bin.meanConfidence(), bin.accuracy(),
          bar(bin.accuracy(), bin.meanConfidence()));
    }
    out.printf("Expected calibration error: %.3f%n", card.expectedCalibrationError(bins));
  }

  /** Forty columns: '#' up to the accuracy, '|' at the mean confidence. */
  private static String bar(double accuracy, double confidence) {
    StringBuilder bar = new StringBuilder();
    int filled = (int) Math.round(accuracy * 40);
    int mark = (int) Math.round(confidence * 40);
    for (int i = 0; i <= 40; i++) {
      bar.append(i == mark ? '|' : i < filled ? '#' : ' ');
    }
    return bar.toString().stripTrailing();
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
    out.println("Confidence threshold (dev set): precision of the answers kept, share sent to \"please rephrase\"");
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
