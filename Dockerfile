# One image for every trustlist service: the intake worker (`trustlist serve-intake`),
# the reviewers' web app (`trustlist serve`) and the operator commands.
FROM python:3.11-slim-bookworm

# tesseract with Russian and Kazakh (English comes with it) for scanned pages; DejaVu,
# whose fonts have the Kazakh letters, for the notice of defects PDF.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

# A user with a home: Prefect keeps its profile under ~/.prefect.
RUN useradd --create-home --uid 10001 trustlist

WORKDIR /src
# The packages by name, not the whole folder: a working tree holds .env (the secrets),
# .venv and var/ (local data), none of which may end up in an image layer.
COPY pyproject.toml README.md ./
COPY pipeline ./pipeline
COPY extractors ./extractors
COPY validators ./validators
COPY flows ./flows
COPY web ./web
# The package's dependencies include the web app's (FastAPI, uvicorn, argon2). The sources
# go once installed: a flow run started in a folder holding them could import those instead.
RUN pip install --no-cache-dir /src && rm -rf /src
WORKDIR /home/trustlist

# tesseract is 4x slower with more than one OpenMP thread per page; logs unbuffered.
ENV OMP_THREAD_LIMIT=1 \
    PYTHONUNBUFFERED=1
USER trustlist
# Each compose service names its command; alone, the image lists them.
CMD ["trustlist", "--help"]
