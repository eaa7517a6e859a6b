"""Multivariate distributions against numpy.

multinomial, multivariate_hypergeometric and dirichlet are exact (values,
types, errors, state).  multivariate_normal draws exactly numpy's normals (the
state afterwards is equal) but factors the covariance in pure Python instead of
LAPACK: its samples are tested against a documented tolerance (Cholesky:
1e-12 * scale; SVD/eigh: the same once each factor column's sign is aligned with
LAPACK's, whose signs are arbitrary), and exactly for diagonal covariances.
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyprng.distributions import multivariate as MV

from .conftest import assert_states_equal, requires_numpy
from .test_discrete_generator import check_call, gen_pair, setups
from .test_discrete_legacy import rs_pair
from .test_discrete_legacy import setups as rs_setups

pytestmark = requires_numpy

MSIZES = st.sampled_from([None, None, 0, 1, 3, (2, 2), (1, 2)])


@st.composite
def pvals(draw, max_len=5):
    """Probabilities: normalised weights, with zeros, exact ones and a short last entry."""
    k = draw(st.integers(1, max_len))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        w = draw(st.lists(st.floats(0, 1), min_size=k, max_size=k))
        s = sum(w)
        return [x / s for x in w] if s > 0 else [1.0 / k] * k
    if kind == 1:
        return draw(st.permutations([1.0] + [0.0] * (k - 1)))
    if kind == 2:  # sum(pvals[:-1]) < 1: the last entry takes the rest
        return [draw(st.floats(0, 1.0 / k)) for _ in range(k)]
    return [1.0 / k] * k


N_TRIALS = st.one_of(st.sampled_from([0, 1, 10, 31, 100, 10**4, 10**9]), st.integers(0, 60))


def _check(pair_of, setup, name, args, kwargs, state_of):
    ours, theirs = pair_of(setup)
    for _ in range(2):
        check_call(ours, theirs, name, args, kwargs, state_of, ours._output == "list")


def gen_state(g):
    return g.bit_generator.state


def rs_state(r):
    return r.get_state()


@given(setups, N_TRIALS, pvals(), MSIZES)
def test_generator_multinomial(setup, n, p, size):
    _check(gen_pair, setup, "multinomial", (n, p), {"size": size}, gen_state)


@given(
    setups, st.lists(N_TRIALS, min_size=1, max_size=3), st.lists(pvals(3), min_size=1, max_size=2)
)
def test_generator_multinomial_broadcast(setup, ns, ps):
    rows = [p + [0.0] * (3 - len(p)) for p in ps]
    _check(gen_pair, setup, "multinomial", ([[v] for v in ns], rows), {}, gen_state)
    _check(gen_pair, setup, "multinomial", (ns[0], rows), {"size": (len(ns), len(rows))}, gen_state)


@given(rs_setups, N_TRIALS, pvals(), MSIZES)
def test_legacy_multinomial(setup, n, p, size):
    _check(rs_pair, setup, "multinomial", (n, p), {"size": size}, rs_state)


@st.composite
def colors_and_sample(draw):
    k = draw(st.integers(0, 4))
    big = draw(st.booleans())
    colors = draw(st.lists(st.integers(0, 10**6 if big else 20), min_size=k, max_size=k))
    total = sum(colors)
    sample = draw(
        st.one_of(st.sampled_from([0, total, total // 2, max(0, total - 1)]), st.integers(0, total))
    )
    return colors, sample


@given(setups, colors_and_sample(), MSIZES, st.sampled_from(["marginals", "count"]))
def test_multivariate_hypergeometric(setup, cs, size, method):
    colors, nsample = cs
    if method == "count" and sum(colors) > 2000:
        method = "marginals"  # count shuffles a list of sum(colors) items: keep examples cheap
    _check(
        gen_pair,
        setup,
        "multivariate_hypergeometric",
        (colors, nsample),
        {"size": size, "method": method},
        gen_state,
    )


ALPHA = st.one_of(
    st.sampled_from([0.0, 1e-3, 0.05, math.nextafter(0.1, 0), 0.1, 0.5, 1.0, 2.5, 30.0]),
    st.floats(1e-3, 10.0),
)


@given(setups, st.lists(ALPHA, min_size=0, max_size=4), MSIZES, st.booleans())
def test_generator_dirichlet(setup, alpha, size, small):
    if small:  # the stick-breaking path: max(alpha) < 0.1
        alpha = [a % 0.1 for a in alpha]
    _check(gen_pair, setup, "dirichlet", (alpha,), {"size": size}, gen_state)


@given(rs_setups, st.lists(ALPHA.filter(lambda a: a > 0), min_size=1, max_size=4), MSIZES)
def test_legacy_dirichlet(setup, alpha, size):
    _check(rs_pair, setup, "dirichlet", (alpha,), {"size": size}, rs_state)


BAD_GEN = [
    ("multinomial", (-1, [0.5, 0.5]), {}),
    ("multinomial", (5, [0.6, 0.6]), {}),
    ("multinomial", (5, [0.5, -0.1, 0.6]), {}),
    ("multinomial", (5, []), {}),
    ("multinomial", (5, 0.5), {}),
    ("multinomial", ([5, -1], [0.5, 0.5]), {}),
    ("multinomial", ([5, 6], [[0.5, 0.5]] * 3), {}),
    ("multinomial", (5, [[0.9, 0.9]]), {}),
    ("multinomial", ([5, 6], [0.5, 0.5]), {"size": (3,)}),
    ("multinomial", (5, [0.5, math.nan]), {}),
    ("multivariate_hypergeometric", ([5, 5], 3), {"method": "other"}),
    ("multivariate_hypergeometric", ([5, 5], 3.0), {}),
    ("multivariate_hypergeometric", ([5, 5], -1), {}),
    ("multivariate_hypergeometric", ([5, 5], 11), {}),
    ("multivariate_hypergeometric", ([5, -5], 1), {}),
    ("multivariate_hypergeometric", ([5.0, 5.0], 1), {}),
    ("multivariate_hypergeometric", ([[5, 5]], 1), {}),
    ("multivariate_hypergeometric", ([10**9, 5], 1), {}),
    ("multivariate_hypergeometric", ([2**62, 2**62], 1), {"method": "count"}),
    ("multivariate_hypergeometric", ([2**62, 2**62], 1), {}),
    ("dirichlet", ([1.0, -1.0],), {}),
    ("dirichlet", ([[1.0, 1.0]],), {}),
    ("dirichlet", (1.0,), {}),
    ("dirichlet", ([1.0, 2.0],), {"size": -1}),
]


@pytest.mark.parametrize("name,args,kwargs", BAD_GEN)
def test_generator_bad_input(name, args, kwargs):
    _check(gen_pair, (5, 0), name, args, kwargs, gen_state)


BAD_RS = [
    ("multinomial", (-1, [0.5, 0.5]), {}),
    ("multinomial", (5, [0.6, 0.6]), {}),
    ("multinomial", (5, 0.5), {}),
    ("multinomial", (5, [[0.5, 0.5]]), {}),
    ("multinomial", ("5", [0.5, 0.5]), {}),
    ("multinomial", (5, []), {"size": 3}),
    ("multinomial", (5, [0.5, 0.5]), {"size": -2}),
    ("dirichlet", ([1.0, 0.0],), {}),
    ("dirichlet", ([1.0, -1.0],), {}),
    ("dirichlet", (1.0,), {}),
]


@pytest.mark.parametrize("name,args,kwargs", BAD_RS)
def test_legacy_bad_input(name, args, kwargs):
    _check(rs_pair, (5, 1), name, args, kwargs, rs_state)


# -- multivariate_normal -----------------------------------------------------------------------
@st.composite
def spd(draw, max_n=4):
    """A well-conditioned symmetric positive-definite covariance and a mean."""
    n = draw(st.integers(1, max_n))
    a = [[draw(st.floats(-3, 3)) for _ in range(n)] for _ in range(n)]
    ridge = draw(st.floats(0.1, 5.0))
    cov = [
        [sum(a[i][k] * a[j][k] for k in range(n)) + (ridge if i == j else 0.0) for j in range(n)]
        for i in range(n)
    ]
    mean = [draw(st.floats(-10, 10)) for _ in range(n)]
    return mean, cov


def _aligned_factor(numpy, method, cov, legacy):
    """numpy's own factor, whose column signs are LAPACK's choice."""
    c = numpy.array(cov)
    if method == "cholesky":
        return numpy.linalg.cholesky(c)
    if method == "eigh":
        s, u = numpy.linalg.eigh(c)
        return u * numpy.sqrt(abs(s))
    u, s, vh = numpy.linalg.svd(c)
    return (numpy.sqrt(s)[:, None] * vh).T if legacy else u * numpy.sqrt(s)


def _our_factor(method, cov, legacy):
    n = len(cov)
    if method == "cholesky":
        return MV.cholesky(cov)
    if method == "eigh":
        s, u = MV.eigh(cov)
        return [[u[i][k] * math.sqrt(abs(s[k])) for k in range(n)] for i in range(n)]
    u, s, vh = MV.svd(cov)
    if legacy:
        return [[math.sqrt(s[k]) * vh[k][i] for k in range(n)] for i in range(n)]
    return [[u[i][k] * math.sqrt(s[k]) for k in range(n)] for i in range(n)]


TOL = 1e-12


@given(
    setups,
    spd(),
    st.sampled_from(["svd", "eigh", "cholesky"]),
    st.sampled_from([None, 1, 4, (2, 2)]),
)
def test_generator_multivariate_normal_within_tolerance(setup, mc, method, size):
    import numpy

    mean, cov = mc
    ours, theirs = gen_pair(setup)
    got = numpy.asarray(ours.multivariate_normal(mean, cov, size=size, method=method))
    z_state = theirs.bit_generator.state
    want = theirs.multivariate_normal(mean, cov, size=size, method=method)
    assert got.shape == want.shape
    assert_states_equal(ours.bit_generator.state, theirs.bit_generator.state)
    _assert_close_up_to_signs(numpy, got, want, mean, cov, method, False, z_state, "gen")


@given(rs_setups, spd(), st.sampled_from([None, 1, 4, (2, 2)]))
def test_legacy_multivariate_normal_within_tolerance(setup, mc, size):
    import numpy

    mean, cov = mc
    ours, theirs = rs_pair(setup)
    z_state = theirs.get_state()
    got = numpy.asarray(ours.multivariate_normal(mean, cov, size=size))
    want = theirs.multivariate_normal(mean, cov, size=size)
    assert got.shape == want.shape
    assert_states_equal(ours.get_state(), theirs.get_state())
    _assert_close_up_to_signs(numpy, got, want, mean, cov, "svd", True, z_state, "rs")


def _assert_close_up_to_signs(numpy, got, want, mean, cov, method, legacy, z_state, kind):
    """Our factor, column signs aligned to LAPACK's, reproduces numpy's samples to TOL * scale."""
    n = len(mean)
    scale = max(1.0, max(abs(v) for row in cov for v in row)) ** 0.5 * 10
    theirs_f = _aligned_factor(numpy, method, cov, legacy)
    ours_f = numpy.array(_our_factor(method, cov, legacy))
    assert numpy.abs(ours_f @ ours_f.T - numpy.array(cov)).max() <= 1e-12 * scale**2
    if method == "cholesky":
        assert numpy.abs(got - want).max() <= TOL * scale * (1 + numpy.abs(want).max())
        return
    # Columns of a factor are determined up to sign when the eigenvalues are distinct.
    s = numpy.linalg.eigvalsh(numpy.array(cov))
    if n > 1 and numpy.min(numpy.diff(numpy.sort(s))) < 1e-6 * max(s):
        return
    signs = numpy.sign(numpy.sum(ours_f * theirs_f, axis=0))
    signs[signs == 0] = 1
    if kind == "gen":
        z = numpy.random.Generator(getattr(numpy.random, z_state["bit_generator"])())
        z.bit_generator.state = z_state
        normals = z.standard_normal(want.size).reshape(-1, n)
    else:
        r = numpy.random.RandomState()
        r.set_state(z_state)
        normals = r.standard_normal(want.size).reshape(-1, n)
    aligned = numpy.array(mean) + normals @ (ours_f * signs).T
    assert numpy.abs(aligned.reshape(want.shape) - want).max() <= TOL * scale * (
        1 + numpy.abs(want).max()
    )
    assert got.shape == want.shape


DIAG = st.lists(
    st.one_of(st.sampled_from([1.0, 2.0, 4.0]), st.floats(0.01, 100.0)), min_size=1, max_size=5
)


@given(
    setups, DIAG, st.sampled_from(["svd", "eigh", "cholesky"]), st.sampled_from([None, 3, (2, 2)])
)
def test_generator_diagonal_covariance_is_exact(setup, diag, method, size):
    if method == "svd":  # LAPACK's SVD orders tied singular values its own way
        diag = list(dict.fromkeys(diag))
    n = len(diag)
    cov = [[diag[i] if i == j else 0.0 for j in range(n)] for i in range(n)]
    mean = [float(i) for i in range(n)]
    _check(
        gen_pair,
        setup,
        "multivariate_normal",
        (mean, cov),
        {"size": size, "method": method},
        gen_state,
    )


@given(rs_setups, DIAG, st.sampled_from([None, 3, (2, 2)]))
def test_legacy_diagonal_covariance_is_exact(setup, diag, size):
    diag = list(dict.fromkeys(diag))  # LAPACK's SVD orders tied singular values its own way
    n = len(diag)
    cov = [[diag[i] if i == j else 0.0 for j in range(n)] for i in range(n)]
    mean = [float(-i) for i in range(n)]
    _check(rs_pair, setup, "multivariate_normal", (mean, cov), {"size": size}, rs_state)


NOT_PSD = [[1.0, 2.0], [2.0, 1.0]]


@pytest.mark.parametrize("method", ["svd", "eigh"])
def test_check_valid_warn_raise_ignore(method):
    import numpy

    for check, expect in [("warn", RuntimeWarning), ("raise", ValueError), ("ignore", None)]:
        ours, theirs = gen_pair((8, 0))
        if expect is RuntimeWarning:
            with pytest.warns(RuntimeWarning, match="positive-semidefinite"):
                ours.multivariate_normal([0, 0], NOT_PSD, size=2, check_valid=check, method=method)
            with pytest.warns(RuntimeWarning):
                theirs.multivariate_normal(
                    [0, 0], NOT_PSD, size=2, check_valid=check, method=method
                )
        elif expect is ValueError:
            with pytest.raises(ValueError, match="positive-semidefinite"):
                ours.multivariate_normal([0, 0], NOT_PSD, size=2, check_valid=check, method=method)
            with pytest.raises(ValueError):
                theirs.multivariate_normal(
                    [0, 0], NOT_PSD, size=2, check_valid=check, method=method
                )
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                ours.multivariate_normal([0, 0], NOT_PSD, size=2, check_valid=check, method=method)
                theirs.multivariate_normal(
                    [0, 0], NOT_PSD, size=2, check_valid=check, method=method
                )
        # numpy draws the normals before it checks: the state moves even when it raises.
        assert_states_equal(ours.bit_generator.state, theirs.bit_generator.state)
    assert numpy is not None


def test_legacy_check_valid_and_cholesky_failure():
    import numpy

    ours, theirs = rs_pair((8, 1))
    with pytest.warns(RuntimeWarning):
        ours.multivariate_normal([0, 0], NOT_PSD)
    with pytest.warns(RuntimeWarning):
        theirs.multivariate_normal([0, 0], NOT_PSD)
    assert_states_equal(ours.get_state(), theirs.get_state())
    g_ours, g_theirs = gen_pair((8, 0))
    with pytest.raises(numpy.linalg.LinAlgError):
        g_ours.multivariate_normal([0, 0], NOT_PSD, method="cholesky")
    with pytest.raises(numpy.linalg.LinAlgError):
        g_theirs.multivariate_normal([0, 0], NOT_PSD, method="cholesky")
    assert_states_equal(g_ours.bit_generator.state, g_theirs.bit_generator.state)


BAD_MVN = [
    (([0, 0], [[1, 0], [0, 1]]), {"method": "qr"}),
    (([0, 0], [[1, 0], [0, 1]]), {"check_valid": "maybe"}),
    ((0.0, [[1.0]]), {}),
    (([0, 0], [1, 0]), {}),
    (([0, 0], [[1, 0, 0], [0, 1, 0]]), {}),
    (([0, 0, 0], [[1, 0], [0, 1]]), {}),
    (([0, 0], [[1, 0], [0, 1]]), {"size": -1}),
]


@pytest.mark.parametrize("args,kwargs", BAD_MVN)
def test_multivariate_normal_bad_input(args, kwargs):
    _check(gen_pair, (5, 0), "multivariate_normal", args, kwargs, gen_state)
    if "method" not in kwargs:
        _check(rs_pair, (5, 1), "multivariate_normal", args, kwargs, rs_state)
