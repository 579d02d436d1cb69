"""Feature arithmetic shared by the matcher and its tests: aggregates over a profile's items, distance."""

import math

import numpy as np

EARTH_RADIUS_KM = 6371.0088

# A profile's soft score over its items: tau · log Σ exp((s_i − 1) / tau) / n_i^beta, where s_i is an item's
# similarity relative to the query's best item and n_i the number of profiles sharing it. tau and beta were
# chosen on the earlier-projects pseudo-queries (decision record 0006): a soft maximum rewards a profile for
# several similar items, and an item shared by a large consortium says less about each partner.
LEX_TAU = 0.1
SEM_TAU = 0.05
SHARE_BETA = 0.5
SOFT_FLOOR = -2.0


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def haversine_km_array(point: tuple[float, float], latitudes: np.ndarray, longitudes: np.ndarray) -> np.ndarray:
    """Distances from `point` to many points (NaN where a coordinate is NaN)."""
    lat1, lon1 = math.radians(point[0]), math.radians(point[1])
    lat2, lon2 = np.radians(latitudes), np.radians(longitudes)
    h = np.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    distances: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    return distances


# Distance is not in the CORDIS data, so its weight cannot be learnt there: the scale and the weight in
# weights.json are set by hand (decision record 0006). exp(−km/50): 1 next door, 0.75 at 14 km, 0.37 at 50 km.
PROXIMITY_SCALE_KM = 50.0


def proximity(km: float | None, scale_km: float = PROXIMITY_SCALE_KM) -> float:
    """1 next door, about 0.37 at `scale_km`, 0 far away or when a location is unknown."""
    return 0.0 if km is None else math.exp(-km / scale_km)


def proximity_array(km: np.ndarray, scale_km: float = PROXIMITY_SCALE_KM) -> np.ndarray:
    return np.where(np.isnan(km), 0.0, np.exp(-np.nan_to_num(km, nan=0.0) / scale_km))


def grouped_max(groups: np.ndarray, values: np.ndarray, n_groups: int, empty: float = 0.0) -> np.ndarray:
    out = np.full(n_groups, -np.inf)
    np.maximum.at(out, groups, values)
    out[np.isneginf(out)] = empty
    return out


def grouped_soft_max(
    groups: np.ndarray,
    relative: np.ndarray,
    shares: np.ndarray,
    n_groups: int,
    *,
    tau: float,
    beta: float = SHARE_BETA,
    floor: float = SOFT_FLOOR,
) -> np.ndarray:
    """tau · log Σ_i exp(relative_i / tau) / shares_i^beta per group, floored; `relative` is ≤ 0 (best item = 0)."""
    weights = np.exp(np.maximum(relative, floor * 10) / tau) / np.power(np.maximum(shares, 1), beta)
    sums = np.bincount(groups, weights=weights, minlength=n_groups)
    with np.errstate(divide="ignore"):
        soft = tau * np.log(sums)
    return np.maximum(soft, floor)
