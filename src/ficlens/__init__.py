"""ficlens: reads fan fiction and tells a reader what is inside before they read it."""

__version__ = "0.1.0"
