"""The deletion block as a trie gives what a plain dict of deletions gives, pickled or not."""

from __future__ import annotations

import pickle
from collections import defaultdict

from entity_linking.index import MIN_DELETE_LEN, NameIndex, _deletes
from radar_core.records import ClientRecord

NAMES = ["Erensu Ambalaj A.Ş.", "Erçesu Eğitim A.Ş.", "Tepeli Gıda A.Ş.", "Dorukhan Gıda A.Ş.",
         "Ayvazoğlu Gıda Ltd. Şti.", "Akyıldız Tekstil A.Ş.", "Kimya Sanayi A.Ş."]


def test_deletions_match_a_plain_dict() -> None:
    index = NameIndex([ClientRecord(f"D{n}", name) for n, name in enumerate(NAMES)])
    expected: defaultdict[str, set[str]] = defaultdict(set)
    for token in index.postings:
        if len(token) >= MIN_DELETE_LEN:
            for variant in _deletes(token):
                expected[variant].add(token)
    assert expected and len(index.deletes) == len(expected)
    loaded = pickle.loads(pickle.dumps(index, protocol=5))
    for variant, tokens in expected.items():
        assert set(index.deletes.get(variant)) == tokens
        assert set(loaded.deletes.get(variant)) == tokens
    assert index.deletes.get("qqqq") == ()
    assert loaded.resolve_token("akyldiz") == index.resolve_token("akyldiz")
    assert index.resolve_token("akyldiz") == (("akyildiz",), 0.8)
