from vanban.extractors.text.literals import occurrences


def test_occurrences_of_several_needles_come_sorted_overlaps_included():
    text = "Tháng 3, tháng 4 và tháng tháng 95,5% và 12%%"
    assert occurrences(text, ["tháng", "%"]) == sorted(
        [i for i in range(len(text)) if text.startswith("tháng", i)]
        + [i for i, c in enumerate(text) if c == "%"]
    )
    assert occurrences("aaaa", ["aa"]) == [0, 1, 2]
    assert occurrences("", ["x"]) == [] and occurrences("abc", []) == []
