"""Runs one item snippet (read from stdin) the way a learner's Python would, and reports how it
ended. stdout is the snippet's own output; the last stderr line is a JSON verdict:
{"exception": "KeyError" | null, "line": <1-based line in the snippet> | null}.
Run by packages/content/src/verify/run-python.ts in a fresh process per snippet."""
import json
import sys
import traceback
import warnings

# Deprecation chatter goes to stderr anyway; keep it out of the verdict line.
warnings.simplefilter("ignore")

source = sys.stdin.read()
verdict = {"exception": None, "line": None}
try:
    code = compile(source, "<item>", "exec")
    exec(code, {"__name__": "__main__"})
except BaseException as error:  # noqa: BLE001 - any exception is the item's answer
    verdict["exception"] = type(error).__name__
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<item>"]
    if frames:
        verdict["line"] = frames[-1].lineno
    elif isinstance(error, SyntaxError):
        verdict["line"] = error.lineno
finally:
    sys.stdout.flush()
    sys.stderr.write("\n" + json.dumps(verdict) + "\n")
