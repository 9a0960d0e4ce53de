"""Arabic given names, from a maintained source: Faker's Arabic person providers.

Faker (``faker.providers.person.ar_AA``, shared by ``ar_SA`` and ``ar_PS``, and
``ar_DZ``) lists about 900 Arabic given names, male and female; they are read
from its source as data, without importing Faker. Two things ask for them:
whether a term starts with a given name, so that it is a person's name
(bot.match.named_after), and whether a one-word term is a common given name
that /watch should warn about (bot.match.term_notes). Names made of «عبد» or
«أبو» and a second word (عبد الفتاح, أبو بكر) are a closed pattern of Arabic
naming, not a list, and are read as one given name.
"""

from __future__ import annotations

import ast
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from bot.match.normalize import normalize

__all__ = ["COMPOUND_HEADS", "given_name_length", "given_names"]

# «عبد الله», «أبو بكر»: the first word of a two-word given name, whatever the second.
COMPOUND_HEADS = frozenset({"عبد", "ابو"})
# Faker's Arabic person providers (ar_SA and ar_PS share ar_AA's lists) and their name lists.
_LOCALES = ("ar_AA", "ar_DZ")
_LISTS = frozenset({"first_names_male", "first_names_female"})


@cache
def given_names() -> frozenset[str]:
    """Return the normalized one-word given names.

    Compound names («عبد الرحمن», «نور الدين») are left out: their second word
    alone is a common word («الدين», «الملك»), and given_name_length reads the
    «عبد»/«أبو» ones by their pattern.
    """
    words = (normalize(name).split() for name in _provider_names())
    return frozenset(name[0] for name in words if len(name) == 1) - COMPOUND_HEADS


def _provider_names() -> list[str]:
    """Read the given names out of Faker's Arabic person providers, as data.

    The lists are literal tuples in the providers' source; reading them with
    ast keeps Faker itself (its generator, every locale) out of the process.
    """
    spec = find_spec("faker")
    assert spec is not None and spec.submodule_search_locations, "faker is a dependency"
    root = Path(next(iter(spec.submodule_search_locations))) / "providers" / "person"
    names: list[str] = []
    for locale in _LOCALES:
        tree = ast.parse((root / locale / "__init__.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.AnnAssign | ast.Assign)
                and isinstance(target := _target(node), ast.Name)
                and target.id in _LISTS
                and node.value is not None
            ):
                names.extend(ast.literal_eval(node.value))
    return names


def _target(node: ast.AnnAssign | ast.Assign) -> ast.expr:
    """Return what an assignment assigns to (its first target)."""
    return node.target if isinstance(node, ast.AnnAssign) else node.targets[0]


def given_name_length(words: tuple[str, ...]) -> int:
    """Return how many of a term's first normalized words are a given name (0, 1 or 2)."""
    if len(words) >= 2 and words[0] in COMPOUND_HEADS:
        return 2
    return 1 if words and words[0] in given_names() else 0
