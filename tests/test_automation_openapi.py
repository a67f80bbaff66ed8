"""The OpenAPI document of the automation API: valid, shipped as served, and in step
with the server's routes."""

from __future__ import annotations

import json
from pathlib import Path

from openapi_spec_validator import validate
from starlette.routing import Route

from station.automation.openapi import openapi_document
from tests.automation_fixtures import Board, serving

SHIPPED = Path(__file__).resolve().parents[1] / "docs" / "automation-openapi.json"


def test_the_document_is_valid_openapi():
    validate(openapi_document())


def test_the_shipped_document_is_the_served_one():
    assert json.loads(SHIPPED.read_text()) == openapi_document(), (
        "regenerate docs/automation-openapi.json from station.automation.openapi")


def test_every_route_is_documented_and_every_documented_path_is_served(tmp_path):
    with Board("openapi") as board, serving(tmp_path, [board.url]) as api:
        _in_step(api)


def _in_step(api):
    assert api.client.get("/openapi.json").json() == openapi_document()
    app = api.server.app.app  # the routes, inside the token check
    served = {
        (route.path, method.lower())
        for route in app.routes
        if isinstance(route, Route)
        for method in route.methods or ()
        if method != "HEAD"
    }
    documented = {
        (path, method)
        for path, operations in openapi_document()["paths"].items()
        for method in operations
    }
    assert served == documented
