"""read_json_body answers exactly like a FastAPI body parameter: same status, same errors, same 422 text.

Two small apps share the app's validation handler: one declares ``body: CompletionRequest`` the usual
way, the other reads it with read_json_body (as /api/complete does). Every request below must get the
same response from both.
"""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.testclient import TestClient

from app.api.errors import handle_validation_error
from app.api.json_body import install_request_body_schemas, json_request_body, read_json_body
from app.schemas import CompletionRequest


def _apps() -> tuple[TestClient, TestClient]:
    plain, lean = FastAPI(), FastAPI()
    for app in (plain, lean):
        app.add_exception_handler(RequestValidationError, handle_validation_error)

    @plain.post("/echo")
    async def echo_plain(body: CompletionRequest) -> dict[str, str]:
        return {"prompt": body.prompt}

    install_request_body_schemas(lean)

    @lean.post("/echo", openapi_extra=json_request_body(CompletionRequest))
    async def echo_lean(request: Request) -> dict[str, str]:
        body = await read_json_body(request, CompletionRequest)
        return {"prompt": body.prompt}

    return TestClient(plain), TestClient(lean)


PLAIN, LEAN = _apps()

JSON = "application/json"
CASES: list[tuple[bytes, str | None]] = [
    # well formed
    (b'{"prompt": "2 plus 3"}', JSON),
    (b'{"prompt": "2 plus 3"}', "application/json; charset=utf-8"),
    (b'{"prompt": "2 plus 3"}', "Application/JSON"),
    (b'{"prompt": "2 plus 3"}', "application/vnd.api+json"),
    (b'{"prompt": "caf\\u00e9 backwards", "extra": [1, 2]}', JSON),
    ('{"prompt": "reverse 東京"}'.encode(), JSON),
    (b'{"prompt": "first", "prompt": "is 4 even?"}', JSON),  # duplicate key: the last one wins
    (b'\xef\xbb\xbf{"prompt": "is 4 even?"}', JSON),  # UTF-8 byte order mark
    ('{"prompt": "is 4 even?"}'.encode("utf-16"), JSON),
    (b'  \n{"prompt": "is 4 even?"}\n  ', JSON),
    # wrong or missing content type
    (b'{"prompt": "2 plus 3"}', None),
    (b'{"prompt": "2 plus 3"}', "text/plain"),
    (b"prompt=2+plus+3", "application/x-www-form-urlencoded"),
    (b'{"prompt": "2 plus 3"}', "application/jsonx"),
    (b'{"prompt": "2 plus 3"}', "multipart/form-data; boundary=x"),
    # not JSON, or not an object
    (b"", JSON),
    (b"{", JSON),
    (b"not json", JSON),
    (b'{"prompt": "2 plus 3",}', JSON),
    (b"\xff\xfe{}", JSON),
    (b"\xff\xff\xff", JSON),
    (b'{"prompt": "a"} trailing', JSON),
    (b"null", JSON),
    (b"42", JSON),
    (b'"2 plus 3"', JSON),
    (b'["2 plus 3"]', JSON),
    (b"NaN", JSON),
    # an object that breaks a rule
    (b"{}", JSON),
    (b'{"prompt": 42}', JSON),
    (b'{"prompt": null}', JSON),
    (b'{"prompt": true}', JSON),
    (b'{"prompt": ["2 plus 3"]}', JSON),
    (b'{"prompt": ""}', JSON),
    (b'{"prompt": "   \\n\\t "}', JSON),
    (b'{"prompt": "a\\u0000b"}', JSON),
    (b'{"prompt": "abc \\ud800 def"}', JSON),
    (b'{"prompt": "abc \\udc00"}', JSON),
    (b'{"prompt": "\\ud83d\\ude00 backwards"}', JSON),  # a valid surrogate pair
    (json.dumps({"prompt": "x" * 512}).encode(), JSON),
    (json.dumps({"prompt": "x" * 513}).encode(), JSON),
    (json.dumps({"prompt": "é" * 513}).encode(), JSON),
    (b'{"Prompt": "2 plus 3"}', JSON),
]


@pytest.mark.parametrize(("raw", "content_type"), CASES)
def test_the_same_response_as_a_fastapi_body_parameter(raw: bytes, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    expected = PLAIN.post("/echo", content=raw, headers=headers)
    got = LEAN.post("/echo", content=raw, headers=headers)
    assert (got.status_code, got.json()) == (expected.status_code, expected.json())


def test_the_cases_cover_success_and_every_kind_of_failure() -> None:
    statuses = {
        PLAIN.post("/echo", content=raw, headers={"Content-Type": ct} if ct else {}).status_code for raw, ct in CASES
    }
    assert statuses == {200, 400, 422}


def test_the_documented_body_is_the_one_fastapi_would_document() -> None:
    plain, lean = PLAIN.app.openapi(), LEAN.app.openapi()  # type: ignore[attr-defined]
    assert lean["paths"]["/echo"]["post"]["requestBody"] == plain["paths"]["/echo"]["post"]["requestBody"]
    assert lean["components"]["schemas"]["CompletionRequest"] == plain["components"]["schemas"]["CompletionRequest"]
