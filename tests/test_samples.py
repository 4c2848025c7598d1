"""Every sample bundle through ``trustlist check``'s code path, compared with its expected result."""

from __future__ import annotations

import pytest

from sample_docs.evaluate import Evaluation, labelled, run_samples, sample_settings, samples
from trustlist.core.report import Report

SAMPLES = samples()


@pytest.fixture(scope="session")
def reports() -> dict[str, Report]:
    return run_samples(sample_settings(), SAMPLES)


@pytest.mark.slow
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_outcome_and_failing_checks(sample, reports):
    report = reports[sample.name]
    assert (report.outcome, report.failing_codes()) == (
        sample.expected["outcome"],
        sample.expected["failing_checks"],
    ), sample.expected["planted"]


@pytest.mark.slow
def test_extraction_accuracy(reports):
    """The measured figures; thresholds are the floor we hold, below the issue's targets."""
    evaluation = Evaluation()
    for sample in SAMPLES:
        evaluation.add(sample, reports[sample.name])
    assert evaluation.types.rate() >= 0.98, evaluation.types.misses
    assert evaluation.fields_by_source.rate("text_layer") >= 0.95, evaluation.fields_by_type.misses
    assert evaluation.fields_by_source.rate("ocr") >= 0.85, evaluation.fields_by_type.misses


LABELLED = labelled()


@pytest.fixture(scope="session")
def labelled_reports() -> dict[str, Report]:
    return run_samples(sample_settings(), LABELLED)


@pytest.mark.slow
def test_labelled_set_accuracy_does_not_regress(labelled_reports):
    """Documents written without looking at the extractor: the floor under today's measured
    figures (type 52/52; fields 362/378 = 95.8%: text layer 174/177 = 98.3%, OCR 188/201 =
    93.5%), two or three fields below them. Both targets (text layer 97%, scans 92%) are met
    and held."""
    evaluation = Evaluation()
    for sample in LABELLED:
        evaluation.add(sample, labelled_reports[sample.name])
    assert evaluation.types.rate() >= 0.98, evaluation.types.misses
    assert evaluation.fields_by_type.rate() >= 0.95, evaluation.fields_by_type.misses
    assert evaluation.fields_by_source.rate("text_layer") >= 0.97, evaluation.fields_by_type.misses
    assert evaluation.fields_by_source.rate("ocr") >= 0.925, evaluation.fields_by_type.misses
