"""The advice engine: a pure function Profiel → Advies (contract v1), with its rules as data in ``rules/``.

No Django here: the engine runs the same from the command line, the API, the web pages and the tests.
"""

from .engine import advise
from .profile import Profile, ProfileError, contradictions, parse_profile, validate_profile
from .rulebook import RuleBook, RuleError, load_rulebook
from .waiting import learning_waits

__all__ = [
    "Profile",
    "ProfileError",
    "RuleBook",
    "RuleError",
    "advise",
    "contradictions",
    "learning_waits",
    "load_rulebook",
    "parse_profile",
    "validate_profile",
]
