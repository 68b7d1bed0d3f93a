"""learning_waits: the scan asks about learning later while a now_only limit keeps learning out of "nu" whatever
the statements say (limits.yaml). Read from the rules: a limit that does not hold, reads a statement or lets
learning be for now does not count."""

from wegwijzer.advice.engine import learning_waits, load_rulebook, validate_profile

from .test_rulebook import _edit, _load, rules_copy  # noqa: F401 (the fixture)

SINGLE_MOTHER_ON_WELFARE = {
    "schema_version": "1",
    "work_status": "oproep",
    "benefit": "bijstand",
    "single_parent": True,
    "children_under_12": 2,
    "problems": ["geldzorgen", "schulden", "kinderopvang"],
}
NO_PROBLEMS = {"schema_version": "1", "work_status": "vast", "problems": []}


def _profile(data: dict):
    return validate_profile(data)


def test_learning_waits_when_one_helper_comes_first_whatever_the_statements():
    for motivation in (None, 1, 5):
        scales = {} if motivation is None else {"scales": {"motivation": motivation}}
        assert learning_waits(_profile(SINGLE_MOTHER_ON_WELFARE | scales))
    advice = load_rulebook().evaluate(_profile(SINGLE_MOTHER_ON_WELFARE))
    assert not [step for step in advice["steps"] if step["horizon"] == "nu" and step["category"] == "leren"]


def test_learning_does_not_wait_without_problems_nor_for_a_limit_that_reads_a_statement():
    assert not learning_waits(_profile(NO_PROBLEMS))
    # near retirement without wish to learn: a limit too, but it reads motivation, which the scan has to ask
    retiring = _profile(
        {"schema_version": "1", "work_status": "vast", "age": 64, "goal": "zekerheid", "scales": {"motivation": 1}}
    )
    assert load_rulebook().environment(retiring)["mag_stoppen_met_leren"]
    assert not learning_waits(retiring)


def test_a_limit_that_lets_learning_be_for_now_does_not_make_it_wait(rules_copy):  # noqa: F811
    def allow_learning(limits):
        for entry in limits["now_only"]:
            entry["categories"].append("leren")

    _edit(rules_copy / "limits.yaml", allow_learning)
    book = _load(rules_copy)
    assert not learning_waits(_profile(SINGLE_MOTHER_ON_WELFARE), book)
