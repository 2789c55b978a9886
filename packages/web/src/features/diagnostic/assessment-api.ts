/**
 * @module The adaptive quiz's API client and the one thing the browser keeps: the id of the
 * assessment in progress (localStorage), so a reload resumes it. Everything else is server-side.
 */
import { ApiError, apiGet, apiSend } from "../../lib/api";

export interface Progress {
  answered: number;
  remaining: number;
  maxRemaining: number;
  maxItems: number;
}

export type FinishReason = "max-items" | "precision" | "decision" | "exhausted" | "stopped";
export type Status = "in-progress" | "finished";

export interface Question {
  itemId: string;
  format: "single-choice" | "multiple-select" | "numeric" | "code-output";
  stem: string;
  code?: string;
  language?: string;
  options?: Array<{ id: string; text: string }>;
  multiple: boolean;
  skill: { id: string; name: string };
}

export interface NextStep {
  id: string;
  status: Status;
  finishedReason: FinishReason | null;
  question: Question | null;
  progress: Progress;
}

export interface Feedback {
  itemId: string;
  correct: boolean;
  explanation: string;
  correctOptions?: string[];
  correctValue?: { value: number; tolerance: number };
  references?: Array<{ title: string; url?: string }>;
  next: { status: Status; finishedReason: FinishReason | null; progress: Progress };
}

export type Verdict = "ready" | "not-ready" | "undecided";

export interface AssessmentResult {
  id: string;
  status: Status;
  finishedReason: FinishReason | null;
  answered: number;
  correct: number;
  skills: Array<{
    skill: string;
    name: string;
    theta: number;
    se: number;
    interval: { low: number; high: number };
    answered: number;
  }>;
  targets: Array<{
    id: string;
    name: string;
    cut: number;
    skills: string[];
    probabilityReady: number;
    decision: Verdict;
    domains: Array<{
      id: string;
      name: string;
      weight: number;
      theta: number;
      cut: number;
      probabilityReady: number;
      decision: Verdict;
    }>;
  }>;
  studyFirst: Array<{ skill: string; name: string; theta: number; needed: number; reason: string }>;
}

export interface StartRequest {
  targets?: string[];
  selfRatings?: Record<string, number>;
  maxItems?: number;
}

const STORAGE_KEY = "certpath.assessmentId";

export const storedAssessmentId = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the quiz still works, it just can't resume
  }
};
export const rememberAssessment = (id: string | null): void => {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // see storedAssessmentId
  }
};

export const startAssessment = (request: StartRequest) =>
  apiSend<{ id: string; progress: Progress }>("POST", "/api/assessments", request);
export const fetchNext = (id: string, signal?: AbortSignal) =>
  apiGet<NextStep>(`/api/assessments/${encodeURIComponent(id)}/next`, signal);
export const sendAnswer = (id: string, itemId: string, response: string[] | number) =>
  apiSend<Feedback>("POST", `/api/assessments/${encodeURIComponent(id)}/answers`, { itemId, response });
export const finishAssessment = (id: string) =>
  apiSend<AssessmentResult>("POST", `/api/assessments/${encodeURIComponent(id)}/finish`);
export const fetchResult = (id: string, signal?: AbortSignal) =>
  apiGet<AssessmentResult>(`/api/assessments/${encodeURIComponent(id)}/result`, signal);

export const isGone = (error: unknown) => error instanceof ApiError && error.status === 404;
