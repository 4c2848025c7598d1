# Sourced by the scripts: Prefect's embedded API on this machine, quiet and patient.
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=90
export PREFECT_HOME="${PREFECT_HOME:-$PWD/var/prefect}"
export OMP_THREAD_LIMIT=1
