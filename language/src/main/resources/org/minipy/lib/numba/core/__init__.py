"""numba.core -- the parts of numba.core that MiniPy programs can reach: errors, config, registry."""
import numba.core.errors
import numba.core.config
