"""The automation interface: ``station serve``, a local HTTP + JSON API through which
test fixtures, robots and an MES start units on the station's ports, follow them as
server-sent events and read their results and records (docs/automation-openapi.json).

The framework is Starlette, served by uvicorn. Starlette is small, typed and kept up
by the Encode team that also keeps httpx, which the station already uses; it has
streaming responses for server-sent events without a plug-in, and it runs in-process
with no code generation or global state. uvicorn is its usual server: it takes an
already-bound socket (so a taken port is one line before anything starts) and stops
on request from another thread, so the server, its streams and its threads end
cleanly. aiohttp would do as well but brings its own client, server and many
modules; FastAPI would add pydantic-driven routing the API does not need, while its
OpenAPI document is shipped and checked here anyway (``openapi.py``).

Layout: ``controller`` (ports, units and their worker threads, no HTTP),
``event_hub`` (events from worker threads to streams), ``app`` (routes, token check,
JSON errors), ``server`` (uvicorn on its own thread), ``token`` (the API token, kept
as a digest in the secret store), ``openapi`` (the document), ``cli_commands``.
"""
