"""Scheduled rerun: catches anything the sensor missed (and reruns after a code change)."""
import os

from dagster import DefaultScheduleStatus, ScheduleDefinition

from .jobs import news_pipeline_job

daily_rerun_schedule = ScheduleDefinition(
    name="daily_rerun_schedule",
    job=news_pipeline_job,
    cron_schedule=os.environ.get("NEWS_RERUN_CRON", "0 6 * * *"),
    execution_timezone=os.environ.get("NEWS_RERUN_TIMEZONE", "Asia/Shanghai"),
    default_status=DefaultScheduleStatus.RUNNING,
    tags={"news/trigger": "schedule"},
    description="Daily rerun (NEWS_RERUN_CRON, default 06:00 Asia/Shanghai); processes only what is new, changed or stale.",
)
