"""Dagster layer: thin assets over the pure core in pipelines/."""
