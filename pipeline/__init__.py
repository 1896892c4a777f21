"""Ingestion pipeline: readers, extraction, resolution, loading and the ``dyad`` CLI."""
