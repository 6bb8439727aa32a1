"""kazevents: multilingual news in, a validated dataset of events, people, places and figures out.

Importing the package sets the environment the pipeline needs before Prefect or NumPy load:
Prefect's telemetry off and a patient start-up of its temporary local server, and one BLAS thread
(natasha's models run 6x faster on two cores without BLAS threading). Values already set win.
"""

import os

RUNTIME_ENVIRONMENT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "OPENBLAS_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
for _key, _value in RUNTIME_ENVIRONMENT.items():
    os.environ.setdefault(_key, _value)
