# Sourced by the scripts: Prefect's embedded API on this machine, quiet and patient.
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=90
export PREFECT_HOME="${PREFECT_HOME:-$PWD/var/prefect}"
export OMP_THREAD_LIMIT=1
# Every `trustlist` process (the tests start over a hundred) imports some 300 modules of
# ours and of spaCy, Prefect and pdfminer: compiled once into this cache, not at each start,
# even where the machine's environment asks Python to write no bytecode.
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-$PWD/var/pycache}"
# The embedded API records task runs from their events one SQLite transaction per event by
# default; a write landing inside its own read-then-insert of a sub-flow's task run makes the
# API answer 503, and the client retries 2 s later (measured: a bundle in five waited so).
# In batches, at most a second late in the UI, the race all but goes and so does half the API's CPU.
export PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE=50
export PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL=1
