"""Multivariate distributions: multinomial, multivariate hypergeometric, Dirichlet,
multivariate normal (numpy's ``_generator.pyx`` / ``mtrand.pyx`` methods and
``random_multinomial``, ``random_mvhg_count.c``, ``random_mvhg_marginals.c``).

Each function validates like numpy, draws under ``lock`` and returns
``(flat values in C order, shape)`` for the caller's output container.

multivariate_normal is exact in what it draws (the standard normals, so the
generator state afterwards) but factors the covariance with the pure-Python
routines below rather than LAPACK, so its samples are not bit-exact in
general; see ``docs/status-notes-discrete.md``.
"""

from __future__ import annotations

import math
import operator
import warnings
from typing import Any, Callable, List, Sequence, Tuple

from .._output import (
    as_flat,
    broadcast_shapes,
    broadcast_to,
    normalize_size,
    numpy_if_loaded,
    size_count,
)
from .._params import (
    BOUNDED_0_1,
    NON_NEGATIVE,
    check_array_constraint,
    check_constraint,
    to_double,
    to_int64,
)
from .bounded import random_interval
from .discrete import binomial, hypergeometric

INT64_MAX = (1 << 63) - 1
Shape = Tuple[int, ...]
Result = Tuple[List[Any], Shape]


# -- helpers -------------------------------------------------------------------------------
def kahan_sum(values: Sequence[float]) -> float:
    """numpy's ``kahan_sum`` (0.0 for an empty sequence)."""
    if not values:
        return 0.0
    total = values[0]
    c = 0.0
    for v in values[1:]:
        y = v - c
        t = total + y
        c = (t - total) - y
        total = t
    return total


def _int_of(v: Any) -> int:
    if isinstance(v, (str, bytes)):
        raise TypeError("an integer is required")
    try:
        return to_int64(v)
    except TypeError:
        raise TypeError("an integer is required") from None


def _size_prefix(size: Any) -> Shape:
    """``(operator.index(size),)`` or ``tuple(size)``, as numpy's multivariate methods do."""
    shape = normalize_size(size)
    assert shape is not None
    return shape


def _c_div(a: float, b: float) -> float:
    if b != 0.0:
        return a / b
    if a != a or a == 0.0:
        return math.nan
    return math.copysign(math.inf, a) * math.copysign(1.0, b)


# -- multinomial ---------------------------------------------------------------------------
def random_multinomial(bg: Any, n: int, pix: Sequence[float], out: List[int], offset: int) -> None:
    """numpy's ``random_multinomial``: one binomial per category, conditioned on the rest."""
    d = len(pix)
    remaining_p = 1.0
    dn = n
    for j in range(d - 1):
        v = binomial(bg, _c_div(pix[j], remaining_p), dn)
        out[offset + j] = v
        dn -= v
        if dn <= 0:
            break
        remaining_p -= pix[j]
    if dn > 0:
        out[offset + d - 1] = dn


def multinomial(bg: Any, lock: Any, n: Any, pvals: Any, size: Any, legacy: bool) -> Result:
    """Generator.multinomial (broadcasting n and pvals[..., :]) or RandomState's 1-D form."""
    if legacy:
        ni = _int_of(n)
    pflat_raw, pshape = as_flat(pvals)
    pflat = [to_double(v) for v in pflat_raw]
    ndim = len(pshape)
    if legacy:
        if ndim > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array would "
                "exceed the maximum number of dimension of 1."
            )
        if ndim == 0:
            raise TypeError("pvals must be a 1-d sequence")
        d = pshape[0]
    else:
        d = pshape[-1] if ndim >= 1 else 0
        if d == 0:
            raise ValueError(
                "pvals must have at least 1 dimension and the last dimension "
                "of pvals must be greater than 0."
            )
    check_array_constraint(pflat, "pvals", BOUNDED_0_1)
    if d:
        for off in range(0, len(pflat), d):
            if kahan_sum(pflat[off : off + d - 1]) > (1.0 + 1e-12):
                raise ValueError(_sum_message(pvals, ndim))
    if not legacy:
        nflat_raw, nshape = as_flat(n)
        nflat = [_int_of(v) for v in nflat_raw]
        if nshape or ndim > 1:
            return _multinomial_broadcast(bg, lock, nflat, nshape, pflat, pshape, d, size)
        ni = nflat[0]
    shape = (d,) if size is None else _size_prefix(size) + (d,)
    check_constraint(ni, "n", NON_NEGATIVE)
    count = size_count(shape)
    out = [0] * count
    niter = count // d if d else 0
    with lock:
        for i in range(niter):
            random_multinomial(bg, ni, pflat, out, i * d)
    return out, shape


def _sum_message(pvals: Any, ndim: int) -> str:
    slice_repr = "[:-1]" if ndim == 1 else "[...,:-1]"
    np = numpy_if_loaded()
    if (
        np is not None
        and isinstance(pvals, np.ndarray)
        and np.issubdtype(pvals.dtype, np.floating)
        and pvals.dtype != float
        and pvals.sum() < 1.0001
    ):
        return (
            f"sum(pvals{slice_repr}.astype(np.float64)) > 1.0. The pvals array is cast "
            "to 64-bit floating point prior to checking the sum. Precision changes when "
            "casting may cause problems even if the sum of the original pvals is valid."
        )
    return f"sum(pvals{slice_repr}) > 1.0"


def _multinomial_broadcast(
    bg: Any,
    lock: Any,
    nflat: List[int],
    nshape: Shape,
    pflat: List[float],
    pshape: Shape,
    d: int,
    size: Any,
) -> Result:
    check_array_constraint(nflat, "n", NON_NEGATIVE)
    oshape = pshape[:-1]
    offsets = list(range(0, len(pflat), d))
    if size is None:
        shape = broadcast_shapes(nshape, oshape)
    else:
        want = _size_prefix(size)
        shape = broadcast_shapes(nshape, oshape, want)
        if shape != want:
            raise ValueError(
                f"Output size {want} is not compatible with broadcast dimensions of inputs {shape}."
            )
    ncol = broadcast_to(nflat, nshape, shape)
    ocol = broadcast_to(offsets, oshape, shape)
    out = [0] * (len(ncol) * d)
    with lock:
        for i, (ni, pi) in enumerate(zip(ncol, ocol)):
            random_multinomial(bg, ni, pflat[pi : pi + d], out, i * d)
    return out, shape + (d,)


# -- multivariate hypergeometric -------------------------------------------------------------
def multivariate_hypergeometric(
    bg: Any, lock: Any, colors: Any, nsample: Any, size: Any, method: str
) -> Result:
    """Generator.multivariate_hypergeometric with numpy's checks, in numpy's order."""
    if method not in ("count", "marginals"):
        raise ValueError('method must be "count" or "marginals".')
    try:
        operator.index(nsample)
    except TypeError:
        raise ValueError("nsample must be an integer") from None
    if nsample < 0:
        raise ValueError("nsample must be nonnegative.")
    if nsample > INT64_MAX:
        raise ValueError("nsample must not exceed %d" % INT64_MAX)
    nsamp = operator.index(nsample)
    invalid = False
    try:
        flat, cshape = as_flat(colors)
        if len(cshape) != 1:
            invalid = True
        elif flat and not all(type(v) is int or _is_np_int(v) for v in _raw_items(colors)):
            invalid = True
        elif any(v < 0 or v > INT64_MAX for v in flat):
            invalid = True
    except ValueError:
        invalid = True
    if invalid:
        raise ValueError(
            "colors must be a one-dimensional sequence of nonnegative integers "
            "not exceeding %d." % INT64_MAX
        )
    cols = [int(v) for v in flat]
    total = 0
    for c in cols:
        total += c
        if total > INT64_MAX:
            raise ValueError(
                "sum(colors) must not exceed the maximum value of a 64 bit signed "
                "integer (%d)" % INT64_MAX
            )
    if method == "marginals" and total >= 1000000000:
        raise ValueError('When method is "marginals", sum(colors) must be less than 1000000000.')
    max_index = INT64_MAX // 8
    if method == "count" and total > max_index:
        raise ValueError("When method is 'count', sum(colors) must not exceed %d" % max_index)
    if nsamp > total:
        raise ValueError("nsample > sum(colors)")
    k = len(cols)
    if size is None:
        shape: Shape = (k,)
    else:
        np = numpy_if_loaded()
        scalar = isinstance(size, (int, float, complex, str, bytes)) or (
            np is not None and isinstance(size, np.generic)
        )
        shape = (size, k) if scalar else tuple(size) + (k,)
        shape = normalize_size(shape) or (k,)
    out = [0] * size_count(shape)
    if k == 0:
        return out, shape
    nvar = len(out) // k
    if total == 0 or nsamp == 0 or nvar == 0:
        return out, shape
    half = nsamp > total // 2
    ns = total - nsamp if half else nsamp
    with lock:
        if method == "count":
            try:
                choices: List[int] = []
                for i, c in enumerate(cols):
                    choices += [i] * c
            except MemoryError:
                raise MemoryError(
                    "Insufficient memory for multivariate_hypergeometric with "
                    "method='count' and sum(colors)=%d" % total
                ) from None
            for base in range(0, nvar * k, k):
                for j in range(ns):
                    kk = j + random_interval(bg, total - j - 1)
                    choices[kk], choices[j] = choices[j], choices[kk]
                for j in range(ns):
                    out[base + choices[j]] += 1
                if half:
                    for c in range(k):
                        out[base + c] = cols[c] - out[base + c]
        else:
            for base in range(0, nvar * k, k):
                to_sample = ns
                remaining = total
                j = 0
                while to_sample > 0 and j + 1 < k:
                    remaining -= cols[j]
                    r = hypergeometric(bg, cols[j], remaining, to_sample)
                    out[base + j] = r
                    to_sample -= r
                    j += 1
                if to_sample > 0:
                    out[base + k - 1] = to_sample
                if half:
                    for c in range(k):
                        out[base + c] = cols[c] - out[base + c]
    return out, shape


def _raw_items(x: Any) -> List[Any]:
    np = numpy_if_loaded()
    if np is not None and isinstance(x, np.ndarray):
        return [x.flat[0]] if x.size else []
    return list(x)


def _is_np_int(v: Any) -> bool:
    np = numpy_if_loaded()
    if np is None:
        return False
    if isinstance(v, np.ndarray):
        return bool(np.issubdtype(v.dtype, np.integer))
    return isinstance(v, np.integer)


# -- Dirichlet -----------------------------------------------------------------------------
def _alpha(alpha: Any) -> Tuple[int, List[float]]:
    k = len(alpha)
    flat, shape = as_flat(alpha)
    if len(shape) > 1:
        raise ValueError(
            "setting an array element with a sequence. The requested array would "
            "exceed the maximum number of dimension of 1."
        )
    if not shape:
        raise ValueError("object of too small depth for desired array")
    return k, [to_double(v) for v in flat]


def _dirichlet_shape(size: Any, k: int) -> Shape:
    return (k,) if size is None else _size_prefix(size) + (k,)


def dirichlet(bg: Any, lock: Any, alpha: Any, size: Any) -> Result:
    """Generator.dirichlet: stick-breaking with betas when max(alpha) < 0.1, else gammas."""
    from .continuous import random_standard_gamma

    k, a = _alpha(alpha)
    if any(v < 0 for v in a):
        raise ValueError("alpha < 0")
    shape = _dirichlet_shape(size, k)
    total = size_count(shape)
    out = [0.0] * total
    small = k > 0 and not any(v != v for v in a) and max(a) < 0.1
    with lock:
        if small:
            from .continuous import random_beta

            csum_arr = [0.0] * k
            csum = 0.0
            for j in range(k - 1, -1, -1):
                csum += a[j]
                csum_arr[j] = csum
            if csum > 0:
                for i in range(0, total, k):
                    acc = 1.0
                    for j in range(k - 1):
                        v = random_beta(bg, a[j], csum_arr[j + 1])
                        out[i + j] = acc * v
                        acc *= 1.0 - v
                        if csum_arr[j + 1] == 0:
                            break
                    out[i + k - 1] = acc
        elif k > 0:
            for i in range(0, total, k):
                acc = 0.0
                for j in range(k):
                    g = random_standard_gamma(bg, a[j])
                    out[i + j] = g
                    acc = acc + g
                inv = _c_div(1.0, acc)
                for j in range(k):
                    out[i + j] = out[i + j] * inv
    return out, shape


def legacy_dirichlet(state: Any, lock: Any, alpha: Any, size: Any) -> Result:
    """RandomState.dirichlet: normalised legacy gammas."""
    from .legacy_continuous import legacy_standard_gamma

    k, a = _alpha(alpha)
    if any(v <= 0 for v in a):
        raise ValueError("alpha <= 0")
    shape = _dirichlet_shape(size, k)
    total = size_count(shape)
    out = [0.0] * total
    with lock:
        for i in range(0, total, k) if k else ():
            acc = 0.0
            for j in range(k):
                g = legacy_standard_gamma(state, a[j])
                out[i + j] = g
                acc = acc + g
            inv = _c_div(1.0, acc)
            for j in range(k):
                out[i + j] = out[i + j] * inv
    return out, shape


# -- linear algebra for multivariate_normal ------------------------------------------------
Matrix = List[List[float]]


class LinAlgError(ValueError):
    """Raised when a factorisation fails (numpy.linalg.LinAlgError when numpy is loaded)."""


def _linalg_error(msg: str) -> Exception:
    np = numpy_if_loaded()
    if np is not None:
        return np.linalg.LinAlgError(msg)
    return LinAlgError(msg)


def _jacobi_eigh(a: Matrix) -> Tuple[List[float], Matrix]:
    """Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.

    Returns (eigenvalues, V) with ``a = V diag(w) V^T``, V's columns the eigenvectors.
    Jacobi is accurate to a few ulps of the largest eigenvalue.
    """
    n = len(a)
    m = [row[:] for row in a]
    v = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for _sweep in range(100):
        off = sum(m[i][j] * m[i][j] for i in range(n) for j in range(n) if i != j)
        scale = sum(m[i][i] * m[i][i] for i in range(n))
        if off == 0.0 or off <= 1e-34 * scale:
            break
        for p in range(n - 1):
            for q in range(p + 1, n):
                apq = m[p][q]
                if apq == 0.0:
                    continue
                app, aqq = m[p][p], m[q][q]
                theta = (aqq - app) / (2.0 * apq)
                t = math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1.0))
                if math.isinf(theta):
                    t = 0.0
                c = 1.0 / math.sqrt(t * t + 1.0)
                s = t * c
                for k in range(n):
                    mkp, mkq = m[k][p], m[k][q]
                    m[k][p] = c * mkp - s * mkq
                    m[k][q] = s * mkp + c * mkq
                for k in range(n):
                    mpk, mqk = m[p][k], m[q][k]
                    m[p][k] = c * mpk - s * mqk
                    m[q][k] = s * mpk + c * mqk
                for k in range(n):
                    vkp, vkq = v[k][p], v[k][q]
                    v[k][p] = c * vkp - s * vkq
                    v[k][q] = s * vkp + c * vkq
    return [m[i][i] for i in range(n)], v


def eigh(a: Matrix) -> Tuple[List[float], Matrix]:
    """Like ``numpy.linalg.eigh`` (lower triangle used): ascending eigenvalues, columns of V."""
    n = len(a)
    sym = [[a[max(i, j)][min(i, j)] for j in range(n)] for i in range(n)]
    w, v = _jacobi_eigh(sym)
    # LAPACK's dsteqr/dstedc order: a selection sort that swaps only for a strictly
    # smaller value (so ties keep LAPACK's, not a stable sort's, order).
    order = list(range(n))
    for i in range(n - 1):
        k = i
        for j in range(i + 1, n):
            if w[order[j]] < w[order[k]]:
                k = j
        order[i], order[k] = order[k], order[i]
    return [w[i] for i in order], [[v[r][i] for i in order] for r in range(n)]


def svd(a: Matrix) -> Tuple[Matrix, List[float], Matrix]:
    """``(u, s, vh)`` with ``a = u diag(s) vh``, s descending (one-sided Jacobi via a^T a).

    Columns of u for zero singular values are left at zero: every caller
    multiplies them by sqrt(s) = 0.
    """
    n = len(a)
    ata = [[sum(a[k][i] * a[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    w, v = _jacobi_eigh(ata)
    # Refine: orthogonalise the columns of a @ v with further one-sided rotations.
    b = [[sum(a[i][k] * v[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    for _sweep in range(60):
        rotated = False
        for p in range(n - 1):
            for q in range(p + 1, n):
                alpha = sum(b[k][p] * b[k][p] for k in range(n))
                beta = sum(b[k][q] * b[k][q] for k in range(n))
                gamma = sum(b[k][p] * b[k][q] for k in range(n))
                if gamma == 0.0 or abs(gamma) <= 1e-16 * math.sqrt(alpha * beta):
                    continue
                rotated = True
                zeta = (beta - alpha) / (2.0 * gamma)
                t = math.copysign(1.0, zeta) / (abs(zeta) + math.sqrt(1.0 + zeta * zeta))
                c = 1.0 / math.sqrt(1.0 + t * t)
                s = c * t
                for k in range(n):
                    bp, bq = b[k][p], b[k][q]
                    b[k][p] = c * bp - s * bq
                    b[k][q] = s * bp + c * bq
                    vp, vq = v[k][p], v[k][q]
                    v[k][p] = c * vp - s * vq
                    v[k][q] = s * vp + c * vq
        if not rotated:
            break
    sv = [math.sqrt(sum(b[k][j] * b[k][j] for k in range(n))) for j in range(n)]
    order = sorted(range(n), key=lambda j: -sv[j])
    s_out = [sv[j] for j in order]
    u = [[(b[i][j] / sv[j] if sv[j] > 0 else 0.0) for j in order] for i in range(n)]
    vh = [[v[k][j] for k in range(n)] for j in order]
    return u, s_out, vh


def cholesky(a: Matrix) -> Matrix:
    """Lower Cholesky factor from the lower triangle (LinAlgError if not positive definite)."""
    n = len(a)
    low = [[0.0] * n for _ in range(n)]
    for j in range(n):
        d = a[j][j] - sum(low[j][k] * low[j][k] for k in range(j))
        if not d > 0.0:
            raise _linalg_error("Matrix is not positive definite")
        ljj = math.sqrt(d)
        low[j][j] = ljj
        for i in range(j + 1, n):
            low[i][j] = (a[i][j] - sum(low[i][k] * low[j][k] for k in range(j))) / ljj
    return low


def _allclose(x: Matrix, y: Matrix, tol: float) -> bool:
    for rx, ry in zip(x, y):
        for a, b in zip(rx, ry):
            if a == b:
                continue
            if not abs(a - b) <= tol + tol * abs(b):
                return False
    return True


def multivariate_normal(
    normal: Callable[[], float],
    lock: Any,
    mean: Any,
    cov: Any,
    size: Any,
    check_valid: str,
    tol: float,
    method: str,
    generator: bool,
) -> Result:
    """numpy's multivariate_normal: draw the normals, factor cov, check, transform."""
    if generator and method not in ("eigh", "svd", "cholesky"):
        raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
    mflat, mshape = as_flat(mean)
    cflat, cshape = as_flat(cov)
    if generator and any(isinstance(v, complex) for v in mflat + cflat):
        raise TypeError("mean and cov must not be complex")
    if size is None:
        prefix: List[int] = []
    elif isinstance(size, int) or _is_np_int(size):
        prefix = [operator.index(size)]
    else:
        prefix = list(size)
    if len(mshape) != 1:
        raise ValueError("mean must be 1 dimensional")
    if len(cshape) != 2 or cshape[0] != cshape[1]:
        raise ValueError("cov must be 2 dimensional and square")
    if mshape[0] != cshape[0]:
        raise ValueError("mean and cov must have same length")
    n = mshape[0]
    final = normalize_size(prefix + [n])
    assert final is not None
    count = size_count(final)
    with lock:
        z = [normal() for _ in range(count)]
    mu = [to_double(v) for v in mflat]
    c = [[to_double(cflat[i * n + j]) for j in range(n)] for i in range(n)]
    if method == "svd":
        u, s, vh = svd(c)
    elif method == "eigh":
        s, u = eigh(c)
    else:
        low = cholesky(c)
    if check_valid != "ignore" and method != "cholesky":
        if check_valid != "warn" and check_valid != "raise":
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        if method == "svd":
            rebuilt = [
                [sum(vh[k][i] * s[k] * vh[k][j] for k in range(n)) for j in range(n)]
                for i in range(n)
            ]
            psd = _allclose(rebuilt, c, tol)
        else:
            psd = not any(v < -tol for v in s)
        if not psd:
            if check_valid == "warn":
                warnings.warn(
                    "covariance is not symmetric positive-semidefinite.",
                    RuntimeWarning,
                    stacklevel=3,
                )
            else:
                raise ValueError("covariance is not symmetric positive-semidefinite.")
    # factor[i][k]: output_i = sum_k z_k * factor[i][k]
    if method == "cholesky":
        factor = low
    elif method == "eigh":
        factor = [[u[i][k] * math.sqrt(abs(s[k])) for k in range(n)] for i in range(n)]
    elif generator:
        factor = [[u[i][k] * _sqrt_c(s[k]) for k in range(n)] for i in range(n)]
    else:  # legacy: dot(x, sqrt(s)[:, None] * vh)
        factor = [[_sqrt_c(s[k]) * vh[k][i] for k in range(n)] for i in range(n)]
    out: List[float] = []
    for base in range(0, count, n) if n else ():
        row = z[base : base + n]
        for i in range(n):
            f = factor[i]
            acc = 0.0
            for k in range(n):
                acc += row[k] * f[k]
            out.append(mu[i] + acc)
    return out, final


def _sqrt_c(x: float) -> float:
    return math.sqrt(x) if x >= 0 else math.nan


__all__ = [
    "cholesky",
    "dirichlet",
    "eigh",
    "kahan_sum",
    "legacy_dirichlet",
    "multinomial",
    "multivariate_hypergeometric",
    "multivariate_normal",
    "random_multinomial",
    "svd",
]
