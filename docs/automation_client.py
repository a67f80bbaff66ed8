"""Provision the board on one port of a running `station serve`, following its events.

    STATION_API_TOKEN=… python docs/automation_client.py PORT CLIENT [SERIAL]
(STATION_URL defaults to http://127.0.0.1:8765.) Exits 0 when the unit is provisioned.
"""
import json
import os
import sys

import httpx

port, client, serial = sys.argv[1], sys.argv[2], sys.argv[3:]
api = httpx.Client(base_url=os.environ.get("STATION_URL", "http://127.0.0.1:8765"), timeout=None,
                   headers={"Authorization": f"Bearer {os.environ['STATION_API_TOKEN']}"})
with api.stream("GET", f"/ports/{port}/events") as events:  # opened first: no event is missed
    order = {"client": client, **({"serial": serial[0]} if serial else {})}
    run = api.post(f"/ports/{port}/units", json=order).raise_for_status().json()
    for line in events.iter_lines():
        event = json.loads(line[5:]) if line.startswith("data:") else {}
        if event.get("type") == "stage" and event["kind"] != "progress":
            print(event["stage"], event["kind"], event["message"])
        if event.get("type") == "result" and event["run_id"] == run["run_id"]:
            break
print(event["state"], event["device_id"], event["result"]["reason"] or "")
if event["state"] == "provisioned":
    print(json.dumps(api.get(f"/units/{event['device_id']}").json()["record"], indent=2))
sys.exit(0 if event["state"] == "provisioned" else 1)
