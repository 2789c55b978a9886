import { useId } from "react";
import { QueryState } from "../../components/QueryState";
import { useWalletSettings } from "./use-wallet";

/** The private calendar feed (subscribe in any calendar app), its rotation, and e-mail reminders. */
export function CalendarFeed() {
  const id = useId();
  const settings = useWalletSettings();
  return (
    <div className="calendar-feed">
      <h2>Reminders</h2>
      <QueryState isPending={settings.isPending} error={settings.error} label="your reminder settings">
        {settings.data ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-url`}>Private calendar feed (renewal windows and expiry dates)</label>
              <input
                id={`${id}-url`}
                readOnly
                value={settings.data.calendarUrl}
                onFocus={(e) => e.currentTarget.select()}
              />
              <span className="small">
                Subscribe to this address in your calendar app. Anyone with it can read your renewal dates:
                keep it to yourself, or make a new one.
              </span>
            </div>
            <div className="actions">
              <a className="button" href={settings.data.calendarUrl}>
                Download the calendar
              </a>
              <button
                type="button"
                className="button"
                onClick={() => settings.update.mutate({ rotate: true })}
              >
                Make a new address
              </button>
            </div>
            {settings.data.emailAvailable ? (
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={settings.data.emailReminders}
                  onChange={(event) =>
                    settings.update.mutate({ emailReminders: event.currentTarget.checked })
                  }
                />{" "}
                E-mail me when a renewal window opens and a month before expiry
              </label>
            ) : (
              <p className="small">E-mail reminders need an account and a server with e-mail set up.</p>
            )}
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
