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
# uv, pinned by hash, installs the locked dependency set: the image holds what passed the tests.
COPY scripts/uv-requirements.txt ./
RUN pip install --no-cache-dir --require-hashes -r uv-requirements.txt
# The packages by name, not the whole folder: a working tree holds .env (the secrets),
# .venv and var/ (local data), none of which may end up in an image layer.
COPY pyproject.toml uv.lock README.md ./
COPY trustlist ./trustlist
# The runtime part of uv.lock (the web app's FastAPI, uvicorn and argon2 included), then the
# package without resolving anything anew. The sources go once installed: a flow run started
# in a folder holding them could import those instead.
RUN uv export --frozen --no-dev --no-emit-project --format requirements-txt -o /tmp/requirements.txt \
 && uv pip install --system --no-cache --require-hashes -r /tmp/requirements.txt \
 && uv pip install --system --no-cache --no-deps /src \
 && rm -rf /src /tmp/requirements.txt
WORKDIR /home/trustlist

# tesseract is 4x slower with more than one OpenMP thread per page; logs unbuffered.
ENV OMP_THREAD_LIMIT=1 \
    PYTHONUNBUFFERED=1
USER trustlist
# Each compose service names its command; alone, the image lists them.
CMD ["trustlist", "--help"]
