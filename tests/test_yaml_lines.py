import yaml

from radar_core.yaml_lines import line_of, loc_text, node_at

TEXT = """\
rules:
  - id: a
    within_days: 3
  - id: b
    within_days: -1
"""


def test_line_of_follows_mappings_and_lists():
    root = yaml.compose(TEXT)
    assert line_of(root, ("rules", 1, "within_days")) == 5
    assert line_of(root, ("rules", 0)) == 2


def test_missing_parts_stop_at_the_deepest_parent():
    root = yaml.compose(TEXT)
    assert line_of(root, ("rules", 1, "no_such_key")) == 4
    assert line_of(root, ("rules", 7, "id")) == 2  # the list itself
    assert node_at(None, ("rules",)) is None and line_of(None, ("rules",)) == 1


def test_loc_text():
    assert loc_text(("sources", 1, "reliability")) == "sources[1].reliability"
    assert loc_text(()) == ""
