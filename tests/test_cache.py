from __future__ import annotations

import json
import threading

import pytest

from medllm_utils.cache import ResponseCache
from medllm_utils.errors import CacheMissError, ConfigurationError

REQ = {"backend": "offline", "model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0}


def test_key_is_stable_and_order_independent():
    a = ResponseCache.key(REQ)
    b = ResponseCache.key(dict(reversed(list(REQ.items()))))
    assert a == b and len(a) == 64
    assert ResponseCache.key({**REQ, "temperature": 1}) != a
    assert ResponseCache.key({**REQ, "seed": 1}) != ResponseCache.key({**REQ, "seed": 2})


@pytest.mark.parametrize("field", ["api_key", "headers", "base_url"])
def test_key_refuses_secret_fields(field):
    with pytest.raises(ValueError, match=field):
        ResponseCache.key({**REQ, field: "x"})


def test_readwrite_roundtrip_and_layout(tmp_path):
    c = ResponseCache(tmp_path, "readwrite")
    k = c.key(REQ)
    assert c.get(k) is None and c.misses == 1
    c.put(k, {"response": {"id": "r1"}})
    assert c.get(k) == {"response": {"id": "r1"}} and c.hits == 1
    assert (tmp_path / k[:2] / f"{k}.json").is_file()
    assert len(c) == 1 and c.clear() == 1 and len(c) == 0


def test_modes(tmp_path):
    k = ResponseCache.key(REQ)
    ResponseCache(tmp_path, "write").put(k, {"v": 1})
    assert ResponseCache(tmp_path, "write").get(k) is None  # write mode never reads
    assert ResponseCache(tmp_path, "read").get(k) == {"v": 1}
    ResponseCache(tmp_path, "read").put(k, {"v": 2})  # read mode never writes
    assert ResponseCache(tmp_path, "readwrite").get(k) == {"v": 1}
    assert ResponseCache(tmp_path, "off").get(k) is None
    with pytest.raises(CacheMissError, match="MEDLLM_CACHE=readwrite"):
        ResponseCache(tmp_path, "replay").get(ResponseCache.key({**REQ, "seed": 9}))


def test_mode_from_env_and_bad_mode(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDLLM_CACHE", "READ")
    assert ResponseCache(tmp_path).mode == "read"
    with pytest.raises(ConfigurationError, match="readwrite"):
        ResponseCache(tmp_path, "sometimes")


def test_corrupt_record_is_a_miss_with_warning(tmp_path):
    c = ResponseCache(tmp_path)
    k = c.key(REQ)
    c.path(k).parent.mkdir(parents=True)
    c.path(k).write_text("{not json")
    with pytest.warns(UserWarning, match="unreadable"):
        assert c.get(k) is None
    c.put(k, {"ok": True})
    assert c.get(k) == {"ok": True}


def test_concurrent_writers_leave_whole_records_and_no_temp_files(tmp_path):
    c = ResponseCache(tmp_path)
    k = c.key(REQ)
    payloads = [{"writer": i, "blob": "x" * 20000} for i in range(16)]
    threads = [threading.Thread(target=c.put, args=(k, p)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    record = json.loads(c.path(k).read_text())
    assert record in payloads
    assert [p.name for p in c.path(k).parent.iterdir()] == [f"{k}.json"]


def test_interrupted_write_leaves_nothing(tmp_path, monkeypatch):
    c = ResponseCache(tmp_path)
    k = c.key(REQ)

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr("medllm_utils.cache.os.replace", boom)
    with pytest.raises(OSError, match="disk full"):
        c.put(k, {"v": 1})
    assert not c.path(k).exists()
    assert list(c.path(k).parent.iterdir()) == []  # the temporary file was removed too
