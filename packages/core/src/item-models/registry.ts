/**
 * @module The registry of item models: every model the bank generator and verifier may use,
 * looked up by id (the `generatedBy.model` of a generated item).
 */

import { areaBetweenCurves } from "./area-between-curves";
import { bayesTest } from "./bayes-test";
import { binomialPmf } from "./binomial-pmf";
import { binomialTail } from "./binomial-tail";
import { chainRulePower } from "./chain-rule-power";
import { chainRuleSigmoid } from "./chain-rule-sigmoid";
import { ciMeanT } from "./ci-mean-t";
import { ciMeanZ } from "./ci-mean-z";
import { combinations } from "./combinations";
import { committeeCount } from "./committee-count";
import { complementAtLeastOne } from "./complement-at-least-one";
import { conditionalTable } from "./conditional-table";
import { correlation } from "./correlation";
import { cosineSimilarity } from "./cosine-similarity";
import { definiteIntegral } from "./definite-integral";
import { det2x2 } from "./det-2x2";
import { det3x3 } from "./det-3x3";
import { detProperties } from "./det-properties";
import { discreteExpectation } from "./discrete-expectation";
import { discreteVariance } from "./discrete-variance";
import { eigen2x2 } from "./eigen-2x2";
import { eigenTriangular } from "./eigen-triangular";
import { gradient2Var } from "./gradient-2var";
import { gradientDescentStep } from "./gradient-descent-step";
import type { ItemModel } from "./item-model";
import { linearSystem2x2 } from "./linear-system-2x2";
import { linearityExpectation } from "./linearity-expectation";
import { matrixProductEntry } from "./matrix-product-entry";
import { matrixShape } from "./matrix-shape";
import { median } from "./median";
import { mleBernoulli } from "./mle-bernoulli";
import { mlePoisson } from "./mle-poisson";
import { newtonStep } from "./newton-step";
import { normalProbability } from "./normal-probability";
import { partialDerivative } from "./partial-derivative";
import { polyDerivative } from "./poly-derivative";
import { quadraticMinimum } from "./quadratic-minimum";
import { matrixRank } from "./rank";
import { regressionSlope } from "./regression-slope";
import { sampleSd } from "./sample-sd";
import { sampleSize } from "./sample-size";
import { sigmoidDerivative } from "./sigmoid-derivative";
import { standardError } from "./standard-error";
import { svd2x2 } from "./svd-2x2";
import { twoSampleZ } from "./two-sample-z";
import { varianceOfSum } from "./variance-of-sum";
import { vectorNorm } from "./vector-norm";
import { zTestOneSample } from "./z-test-one-sample";

/** All item models, grouped by skill, then roughly by tier. */
export const ITEM_MODELS: readonly ItemModel[] = [
  // linear-algebra
  det2x2,
  matrixShape,
  vectorNorm,
  eigenTriangular,
  det3x3,
  matrixProductEntry,
  cosineSimilarity,
  linearSystem2x2,
  eigen2x2,
  detProperties,
  matrixRank,
  svd2x2,
  // calculus
  polyDerivative,
  sigmoidDerivative,
  partialDerivative,
  quadraticMinimum,
  chainRulePower,
  gradient2Var,
  gradientDescentStep,
  definiteIntegral,
  chainRuleSigmoid,
  newtonStep,
  areaBetweenCurves,
  // probability
  combinations,
  complementAtLeastOne,
  discreteExpectation,
  linearityExpectation,
  committeeCount,
  discreteVariance,
  conditionalTable,
  binomialPmf,
  normalProbability,
  bayesTest,
  varianceOfSum,
  binomialTail,
  // statistics
  median,
  mleBernoulli,
  standardError,
  sampleSd,
  mlePoisson,
  ciMeanZ,
  zTestOneSample,
  regressionSlope,
  ciMeanT,
  twoSampleZ,
  correlation,
  sampleSize,
];

const BY_ID = new Map(ITEM_MODELS.map((model) => [model.id, model]));

/** The item model with this id, or undefined. */
export function findItemModel(id: string): ItemModel | undefined {
  return BY_ID.get(id);
}
