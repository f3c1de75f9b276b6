"""Calls SessionLog with zeep and prints what zeep parsed, for the Java client's interop tests.

Usage: /usr/bin/python3 zeep_session_log.py <ECGridOS.wsdl> <binding>=<address> ...
where <binding> is soap11 or soap12. Prints one JSON array with one object per call, in order:
  {"address": ..., "error": null or "<zeep exception>: <message>", "records": [...] or null}
Each record has the six SessionIDInfo fields under their XML names, as zeep parsed them, and
"naive": the names of the timestamps zeep parsed without an offset.

Timestamps are printed as ISO-8601 with an offset. zeep returns a timestamp that has no offset as
a naive datetime; the contract says such a timestamp is UTC, so it is printed as UTC.
zeep runs with its default settings (strict parsing); a response it rejects is reported as
"error", not retried in another mode.

Run it with Debian's /usr/bin/python3, where the python3-zeep package installs zeep.
"""
import datetime
import json
import sys

import requests
from zeep import Client
from zeep.exceptions import Error
from zeep.transports import Transport

BINDINGS = {
    "soap11": "{http://www.ecgridos.net/}ECGridOSSoap",
    "soap12": "{http://www.ecgridos.net/}ECGridOSSoap12",
}
FIELDS = ("SessionID", "UserID", "NetworkID", "MailboxID", "Created", "Expires")


def client(wsdl):
    session = requests.Session()
    session.trust_env = False  # loopback only: never a proxy from the environment
    return Client(wsdl, transport=Transport(session=session, timeout=10))


def timestamp(value, name, naive):
    if value.tzinfo is None:
        naive.append(name)
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.isoformat()


def record(entry):
    out, naive = {}, []
    for name in FIELDS:
        value = entry[name]
        out[name] = timestamp(value, name, naive) if isinstance(value, datetime.datetime) else value
    out["naive"] = naive
    return out


def session_log(zeep_client, binding, address):
    service = zeep_client.create_service(BINDINGS[binding], address)
    result = service.SessionLog(SessionID="zeep-interop", UserID=0, MaxRecords=20)
    # zeep unwraps both the response wrapper and the ArrayOf type: the result is the list itself,
    # or None when SessionLogResult is absent.
    entries = [] if result is None else result
    return [record(entry) for entry in entries]


def main(wsdl, calls):
    zeep_client = client(wsdl)
    results = []
    for call in calls:
        binding, address = call.split("=", 1)
        try:
            results.append({"address": address, "error": None,
                            "records": session_log(zeep_client, binding, address)})
        except Error as e:
            results.append({"address": address, "error": "%s: %s" % (type(e).__name__, e), "records": None})
    json.dump(results, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
