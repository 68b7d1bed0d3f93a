from types import SimpleNamespace

import pytest

from wegwijzer.advice.engine import validate_profile
from wegwijzer.funding.services import SchemeError, _scheme, cost_for, eligible_payers, load_schemes


def payers(data: dict) -> list[str]:
    return [item.payer for item in eligible_payers(validate_profile(data))]


def offer(price_cents=40000, payers=("eigen_geld",)):
    return SimpleNamespace(price_cents=price_cents, payer_codes=list(payers))


def test_every_scheme_has_sources_and_says_when_it_was_checked():
    for scheme in load_schemes():
        assert scheme.sources and scheme.checked and scheme.why and scheme.ask


def test_flex_worker_may_get_the_sector_fund_not_an_employer_budget():
    assert payers({"work_status": "uitzend"}) == ["oo_fonds"]
    assert payers({"work_status": "vast", "age": 40}) == ["werkgever", "oo_fonds", "landelijk"]


def test_municipality_pays_for_people_on_benefit_or_without_work_and_money():
    assert "gemeente" in payers({"benefit": "bijstand"})
    assert "gemeente" in payers({"work_status": "werkzoekend", "scales": {"money": 1}})
    assert "gemeente" not in payers({"work_status": "werkzoekend", "scales": {"money": 4}})
    assert "gemeente" in payers({"single_parent": True, "scales": {"money": 2}})


def test_unknown_answers_never_make_someone_eligible():
    assert payers({}) == []
    assert eligible_payers(None) == []


def test_cost_after_funding():
    flex = eligible_payers(validate_profile({"work_status": "uitzend", "age": 30}))
    assert cost_for(offer(payers=("eigen_geld", "oo_fonds")), flex).you_pay_cents == 0
    assert cost_for(offer(payers=("eigen_geld", "oo_fonds")), flex).paid_by[0].scheme.code == "oo_fonds"
    assert cost_for(offer(payers=("eigen_geld", "landelijk")), flex).you_pay_cents is None  # a part, amount unknown
    assert cost_for(offer(), flex).you_pay_cents == 40000
    assert cost_for(offer(price_cents=0, payers=()), []).free_for_you


def test_a_scheme_without_sources_or_with_an_unknown_key_is_refused():
    base = {"code": "x", "payer": "gemeente", "covers": "deel", "name": "X", "why": "w", "ask": "a", "checked": "2025"}
    with pytest.raises(SchemeError):
        _scheme({**base, "when": [{"work_status": ["vast"]}]})
    with pytest.raises(SchemeError):
        _scheme({**base, "when": [{"shoe_size": 42}], "sources": ["panteia-2019"]})
