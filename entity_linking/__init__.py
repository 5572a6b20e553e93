"""Entity linking: which client of the bank's register a company mention denotes, if any.

``read_register`` reads and validates the register, ``normalize_name`` reduces names
for matching, and ``Linker`` (scorer ``linker_v1``) links mentions with a calibrated
confidence, returning ``unknown`` or ``ambiguous`` rather than guessing.
"""

from entity_linking.config import LinkerConfig, load_common_words, load_linker_config
from entity_linking.linker import VERSION, Linker
from entity_linking.normalize import NormalizedName, normalize_name
from entity_linking.register import (
    RegisterResult,
    RowError,
    normalize_tax_id,
    read_register,
    tckn_ok,
    vkn_ok,
)

__all__ = [
    "VERSION",
    "Linker",
    "LinkerConfig",
    "NormalizedName",
    "RegisterResult",
    "RowError",
    "load_common_words",
    "load_linker_config",
    "normalize_name",
    "normalize_tax_id",
    "read_register",
    "tckn_ok",
    "vkn_ok",
]
