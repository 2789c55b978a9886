import type { Progress } from "./assessment-api";

/**
 * Where the person is: the question number and the estimate of questions left. The estimate moves
 * as answers come in (the quiz stops when it knows enough), so it is worded as "about", with the
 * hard maximum beside it.
 */
export function QuizProgress({ progress, current }: { progress: Progress; current: boolean }) {
  const number = progress.answered + (current ? 1 : 0);
  const total = progress.answered + progress.remaining;
  return (
    <div className="quiz-progress">
      <progress
        value={progress.answered}
        max={Math.max(total, 1)}
        aria-label={`${progress.answered} answered, about ${progress.remaining} left`}
      />
      <p className="small" aria-live="polite">
        {current ? `Question ${number}` : `${progress.answered} answered`} · about {progress.remaining} left
        (at most {progress.maxRemaining})
      </p>
    </div>
  );
}
