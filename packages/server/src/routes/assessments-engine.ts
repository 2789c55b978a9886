/**
 * @module The adaptive diagnostic without HTTP: what `certpath assess` needs to ask, score and
 * report exactly as the API does (the CLI runs the same code in memory, with no database).
 */
export type { AnswerFeedback, AssessmentBank, ItemResponse, PublicQuestion } from "./assessments-bank";
export { buildAssessmentBank, feedbackFor, publicQuestion, scoreResponse } from "./assessments-bank";
export type { Progress } from "./assessments-progress";
export { progressOf } from "./assessments-progress";
export type { AssessmentResult } from "./assessments-result";
export { assessmentResult, profileAbilities } from "./assessments-result";
export type { AssessmentState, FinishReason, StartInput } from "./assessments-session";
export { answerItem, finishAssessment, nextStep, startAssessment } from "./assessments-session";
