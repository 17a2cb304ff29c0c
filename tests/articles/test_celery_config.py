"""Celery settings fit for long CPU-bound extraction tasks, and the model loaded before the pool forks."""
import os

from diplomacy import celery_app
from diplomacy.celery import preload_extraction_model


def test_one_message_reserved_per_process_acknowledged_after_the_work():
    conf = celery_app.conf
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True


def test_one_pool_process_per_core_and_a_memory_ceiling_per_process():
    conf = celery_app.conf
    assert conf.worker_concurrency == (os.cpu_count() or 1)
    assert 300_000 < conf.worker_max_memory_per_child  # KiB: above what a process with the model holds


def test_the_worker_main_process_loads_the_model_before_forking(monkeypatch, settings):
    loaded = []
    monkeypatch.setattr("articles.extraction.sentences.get_nlp", lambda: loaded.append(True))
    assert preload_extraction_model() is True
    assert loaded == [True]


def test_preloading_can_be_turned_off(monkeypatch, settings):
    loaded = []
    monkeypatch.setattr("articles.extraction.sentences.get_nlp", lambda: loaded.append(True))
    settings.CELERY_WORKER_PRELOAD_MODEL = False
    assert preload_extraction_model() is False
    assert loaded == []
