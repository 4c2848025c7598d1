"""Field extraction from what OCR makes of scans: lost spaces, letters read in the other
script, table cells without separators. Each page is written for the rule it tests."""

from __future__ import annotations

import pytest

from tests.test_extraction import page, values


@pytest.mark.parametrize(
    ("doc_type", "title", "clause", "until"),
    [
        ("copyright_agreement", "ДОГОВОР № 7", "Право дано на срок до1 марта 2030 года.", "2030-03-01"),
        ("audit_conclusion", "ЗАКЛЮЧЕНИЕ № 4", "Заключение действительно до02.03.2027.", "2027-03-02"),
    ],
)
def test_a_term_whose_space_before_the_date_ocr_lost(doc_type, title, clause, until):
    assert values(doc_type, page(title, clause))["valid_until"] == until


def test_a_common_word_labels_a_table_row_across_the_cell_gap():
    """A scanned form's ruled row has no colon after «Система», only the gap between cells;
    in running text the word stays a word."""
    form = page("ЗАКЛЮЧЕНИЕ № 12", ("Система", "Тараз Водоучёт"), ("Владелец", "ТОО «Су Арнасы»"))
    running = page("ЗАКЛЮЧЕНИЕ № 12", "Система Тараз Водоучёт соответствует требованиям.")
    assert values("audit_conclusion", form)["system_name"] == "Тараз Водоучёт"
    assert "system_name" not in values("audit_conclusion", running)
