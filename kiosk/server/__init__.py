"""The central server: FastAPI over the same use cases the terminals run."""
