package org.relance.nlu.intent;

import opennlp.tools.util.TrainingParameters;

/**
 * The OpenNLP learners the classifiers can be trained with, each with fixed parameters so that
 * two trainings on the same data give the same model.
 */
public enum Algorithm {
  MAXENT_GIS("MAXENT"),
  MAXENT_QN("MAXENT_QN"),
  PERCEPTRON("PERCEPTRON"),
  NAIVE_BAYES("NAIVEBAYES");

  private final String openNlpName;

  Algorithm(String openNlpName) {
    this.openNlpName = openNlpName;
  }

  /** OpenNLP training parameters: single thread, no cutoff, and messages off. */
  TrainingParameters parameters() {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, openNlpName);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    switch (this) {
      case MAXENT_GIS -> params.put(TrainingParameters.ITERATIONS_PARAM, 150);
      case MAXENT_QN -> {
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put("L2Cost", 1.0);
      }
      case PERCEPTRON -> params.put(TrainingParameters.ITERATIONS_PARAM, 100);
      case NAIVE_BAYES -> { }
    }
    return params;
  }
}
