import type { Skill } from "@certpath/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { QueryState } from "../../components/QueryState";
import { AnswerFeedback } from "./AnswerFeedback";
import {
  type Feedback,
  fetchNext,
  fetchResult,
  finishAssessment,
  isGone,
  type StartRequest,
  sendAnswer,
  startAssessment,
} from "./assessment-api";
import { QuestionCard } from "./QuestionCard";
import { QuizProgress } from "./QuizProgress";
import { QuizResults } from "./QuizResults";
import { QuizStart } from "./QuizStart";
import "./quiz.css";

/**
 * The adaptive quiz: start, one question at a time with feedback, and the result. The server holds
 * the whole state; this component holds only the assessment id (mirrored in localStorage by the
 * page, so a reload resumes at the same question) and the feedback on screen. Loaded lazily, with
 * KaTeX and Prism behind it, so the landing route stays small.
 */
export default function AdaptiveQuiz({
  assessmentId,
  onAssessment,
  skills,
  selfRatings,
}: {
  assessmentId: string | null;
  /** Called with the new id on start, and with null when the person is done with the results. */
  onAssessment: (id: string | null) => void;
  skills: Skill[];
  selfRatings: Record<string, number>;
}) {
  const client = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const nextKey = ["assessment", assessmentId, "next"] as const;

  const next = useQuery({
    queryKey: nextKey,
    queryFn: ({ signal }) => fetchNext(assessmentId as string, signal),
    enabled: assessmentId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !isGone(error) && count < 1,
  });
  const finished = next.data?.status === "finished";
  const result = useQuery({
    queryKey: ["assessment", assessmentId, "result"],
    queryFn: ({ signal }) => fetchResult(assessmentId as string, signal),
    enabled: assessmentId !== null && finished && feedback === null,
  });

  // An id the server no longer knows (a reset database): forget it and offer a new quiz.
  useEffect(() => {
    if (isGone(next.error)) onAssessment(null);
  }, [next.error, onAssessment]);

  const start = useMutation({
    mutationFn: (request: StartRequest) =>
      startAssessment(Object.keys(selfRatings).length ? { ...request, selfRatings } : request),
    onSuccess: ({ id }) => {
      setFeedback(null);
      onAssessment(id);
    },
  });
  const answer = useMutation({
    mutationFn: ({ itemId, response }: { itemId: string; response: string[] | number }) =>
      sendAnswer(assessmentId as string, itemId, response),
    onSuccess: (data) => {
      setFeedback(data);
      if (data.next.status === "finished") void client.invalidateQueries({ queryKey: ["profile"] });
    },
  });
  const stop = useMutation({
    mutationFn: () => finishAssessment(assessmentId as string),
    onSuccess: (data) => {
      setFeedback(null);
      client.setQueryData(["assessment", assessmentId, "result"], data);
      void client.invalidateQueries({ queryKey: nextKey });
      void client.invalidateQueries({ queryKey: ["profile"] });
    },
  });
  const moveOn = () => {
    setFeedback(null);
    answer.reset();
    void client.invalidateQueries({ queryKey: nextKey });
  };

  if (assessmentId === null) {
    return (
      <>
        <h2>Adaptive quiz</h2>
        <QuizStart
          onStart={(request) => start.mutate(request)}
          isStarting={start.isPending}
          error={start.error}
        />
      </>
    );
  }
  if (finished && feedback === null) {
    return (
      <QueryState isPending={result.isPending} error={result.error} label="your results">
        {result.data ? (
          <QuizResults result={result.data} skills={skills} onDone={() => onAssessment(null)} />
        ) : null}
      </QueryState>
    );
  }
  const question = next.data?.question ?? null;
  const progress = feedback?.next.progress ?? next.data?.progress;
  return (
    <QueryState
      isPending={next.isPending || (next.isFetching && feedback === null)}
      error={isGone(next.error) ? null : next.error}
      label="the next question"
    >
      {progress ? <QuizProgress progress={progress} current={feedback === null} /> : null}
      {question && progress ? (
        <QuestionCard
          key={question.itemId}
          question={question}
          number={(next.data?.progress.answered ?? 0) + 1}
          locked={feedback !== null}
          isSending={answer.isPending}
          onSubmit={(response) => answer.mutate({ itemId: question.itemId, response })}
        />
      ) : null}
      {answer.error ? (
        <p role="alert" className="notice notice-error">
          Could not send your answer: {answer.error.message}
        </p>
      ) : null}
      {feedback && question ? (
        <AnswerFeedback feedback={feedback} question={question} onContinue={moveOn} />
      ) : null}
      {feedback?.next.status === "finished" ? null : (
        <div className="actions">
          <button type="button" className="button" onClick={() => stop.mutate()} disabled={stop.isPending}>
            {stop.isPending ? "Stopping…" : "Stop and see my results"}
          </button>
        </div>
      )}
      {stop.error ? (
        <p role="alert" className="notice notice-error">
          Could not stop the quiz: {stop.error.message}
        </p>
      ) : null}
    </QueryState>
  );
}
